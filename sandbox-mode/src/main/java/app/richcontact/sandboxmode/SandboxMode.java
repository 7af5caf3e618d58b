package app.richcontact.sandboxmode;

import app.richcontact.bootstrap.ConfigurationException;
import app.richcontact.bootstrap.Environment;
import app.richcontact.bootstrap.LogSetup;
import app.richcontact.bootstrap.Main;
import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.bootstrap.RichContactServer;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.TrafficOptions;
import app.richcontact.sandbox.TrafficRun;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code rich-contact sandbox}: the embedded Crisp emulator with demo websites and a steady
 * stream of conversations (new visitors, returning ones, one phone on two channels, visitors
 * with an email, a paused website), and the real plugin talking to it over loopback.
 */
public final class SandboxMode {

    static final String SANDBOX_PORT = "RICHCONTACT_SANDBOX_PORT";
    static final String TRAFFIC_RATE = "RICHCONTACT_SANDBOX_RATE";

    private SandboxMode() {
    }

    public static void main(String[] args) {
        try {
            run(System.getenv(), System.out);
        } catch (ConfigurationException invalid) {
            // The sandbox's own variables are read outside Main.configuration(): same message, same status.
            System.err.println("rich-contact: " + invalid.getMessage());
            System.exit(2);
        }
    }

    static void run(Map<String, String> environment, PrintStream out) {
        Environment env = new Environment(environment);
        // Chosen before the embedded sandbox logs its first line: logback reads its configuration once.
        LogSetup.apply(PluginConfiguration.logFormat(env));
        int sandboxPort = env.integer(SANDBOX_PORT, 0, 65_535).orElse(8089);
        double rate = env.integer(TRAFFIC_RATE, 1, 10_000).orElse(2);
        CrispSandbox crisp = CrispSandbox.start(SandboxOptions.builder().set(SandboxOptions.PORT, sandboxPort)
                .set(SandboxSwitch.DAILY_QUOTA, 1_000_000L).build());
        TrafficRun traffic = crisp.startTraffic(TrafficOptions.builder().set(TrafficOptions.WEBSITES, 3)
                .set(TrafficOptions.DISABLED_WEBSITES, 1).set(TrafficOptions.CONVERSATIONS_PER_SECOND, rate).build());

        Map<String, String> pluginEnvironment = new HashMap<>(environment);
        pluginEnvironment.put(PluginConfiguration.IDENTIFIER, crisp.pluginIdentifier());
        pluginEnvironment.put(PluginConfiguration.KEY, crisp.pluginKey());
        pluginEnvironment.put(PluginConfiguration.API_URL, crisp.restBaseUrl().toString());
        pluginEnvironment.putIfAbsent(PluginConfiguration.DAILY_QUOTA, "1000000");
        // One process against its own emulator: always active, even when run inside a pod.
        pluginEnvironment.put(PluginConfiguration.LEADER_ELECTION, "false");
        pluginEnvironment.putIfAbsent(PluginConfiguration.FRAME_ANCESTORS, "https://app.crisp.chat," + origin(crisp));
        PluginConfiguration config = Main.configuration(pluginEnvironment, System.err);
        RichContactServer server = new RichContactServer(config, Clock.systemUTC());
        // Printed once the plugin listens: with RICHCONTACT_PORT=0 only then is its port known.
        Main.runUntilStopped(server, () -> out.println(banner(crisp, traffic, server.port(), server.operationsPort())), traffic, crisp);
    }

    private static String origin(CrispSandbox crisp) {
        return "http://127.0.0.1:" + crisp.port();
    }

    private static String banner(CrispSandbox crisp, TrafficRun traffic, int pluginPort, int operationsPort) {
        StringBuilder banner = new StringBuilder("""

                Rich Contact is running against the Crisp sandbox (an emulator on this machine).
                  Watch contacts appear in the sandbox CRM:  %s
                """.formatted(crisp.pageUrl()));
        for (InstalledWebsite website : traffic.websites()) {
            banner.append("  Settings page of %-18s http://127.0.0.1:%d/settings?website_id=%s&token=%s%n"
                    .formatted(website.name() + ":", pluginPort, website.websiteId(), website.token()));
        }
        banner.append("  Health and metrics:                      http://127.0.0.1:%d/health/ready  http://127.0.0.1:%d/metrics%n"
                .formatted(operationsPort, operationsPort));
        banner.append("  Stop with Ctrl-C: open windows are processed before exit.\n");
        return banner.toString();
    }
}
