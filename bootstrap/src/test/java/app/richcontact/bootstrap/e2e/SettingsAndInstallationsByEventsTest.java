package app.richcontact.bootstrap.e2e;

import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SubscriptionEvents;
import java.util.Map;

/**
 * The scenarios where events alone keep the plugin up to date: every socket hears an install and
 * the refresh stays at its 10 minutes, so nothing repairs what an event would get wrong; settings
 * events still carry only the changed keys, and a website without the plugin is 403.
 */
class SettingsAndInstallationsByEventsTest extends SettingsAndInstallationsScenarios {

    @Override
    SandboxOptions.Builder variant(SandboxOptions.Builder options) {
        return options.set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED);
    }

    @Override
    Map<String, String> pluginEnvironment() {
        return Map.of();
    }
}
