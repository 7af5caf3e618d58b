package app.richcontact.bootstrap.e2e;

import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SettingsEvents;
import app.richcontact.sandbox.SubscriptionEvents;
import java.util.Map;

/**
 * The scenarios under the other variant of each unknown: every socket hears an install (the
 * refresh stays at its 10 minutes, so only the event can bind it), a website without the plugin
 * is 404, settings events carry the whole document, and nothing is validated.
 */
class SettingsAndInstallationsForgivingCrispTest extends SettingsAndInstallationsScenarios {

    @Override
    SandboxOptions.Builder variant(SandboxOptions.Builder options) {
        return options.set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED)
                .set(SandboxSwitch.UNINSTALLED_STATUS, 404)
                .set(SandboxSwitch.SETTINGS_EVENTS, SettingsEvents.WHOLE)
                .set(SandboxSwitch.VALIDATE_SETTINGS, false);
    }

    @Override
    Map<String, String> pluginEnvironment() {
        return Map.of();
    }
}
