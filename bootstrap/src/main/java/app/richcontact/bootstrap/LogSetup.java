package app.richcontact.bootstrap;

/**
 * Chooses the logback configuration before the first logger exists: human-readable lines, or
 * one JSON object per line for log shippers.
 */
public final class LogSetup {

    private LogSetup() {
    }

    public static void apply(PluginConfiguration.LogFormat format) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile",
                    format == PluginConfiguration.LogFormat.JSON ? "logback-json.xml" : "logback.xml");
        }
    }
}
