package app.richcontact.bootstrap.e2e;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.SandboxOptions;
import java.util.Map;

/**
 * The scenarios under the sandbox's unforgiving defaults: an install is announced to no socket
 * (only the refresh finds it, here every second), a website without the plugin is 403 on the
 * settings route, settings events carry only the changed keys, and saves are checked against
 * the plugin's schema.
 */
class SettingsAndInstallationsTest extends SettingsAndInstallationsScenarios {

    @Override
    SandboxOptions.Builder variant(SandboxOptions.Builder options) {
        return options;
    }

    @Override
    Map<String, String> pluginEnvironment() {
        return Map.of(PluginConfiguration.INSTALLATIONS_REFRESH, "1s");
    }
}
