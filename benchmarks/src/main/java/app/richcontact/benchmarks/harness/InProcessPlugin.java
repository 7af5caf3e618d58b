package app.richcontact.benchmarks.harness;

import app.richcontact.application.port.in.ReadCaptureGaugesUseCase.CaptureGauges;
import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.bootstrap.RichContactServer;
import app.richcontact.sandbox.CrispSandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The plugin exactly as production wires it ({@link RichContactServer}), in this JVM, pointed at
 * a sandbox. Configuration goes through {@link PluginConfiguration#fromEnvironment} like the real
 * environment would.
 */
public final class InProcessPlugin implements AutoCloseable {

    private final RichContactServer server;
    private final PluginHttp http;

    private InProcessPlugin(Map<String, String> environment) {
        this.server = new RichContactServer(PluginConfiguration.fromEnvironment(environment), Clock.systemUTC());
        server.start();
        this.http = new PluginHttp(server.port());
    }

    /** The environment pointing at {@code sandbox}, with production defaults unless overridden. */
    public static Map<String, String> environment(CrispSandbox sandbox, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        env.put(PluginConfiguration.IDENTIFIER, sandbox.pluginIdentifier());
        env.put(PluginConfiguration.KEY, sandbox.pluginKey());
        env.put(PluginConfiguration.API_URL, sandbox.restBaseUrl().toString());
        env.put(PluginConfiguration.PORT, "0");
        env.putAll(overrides);
        return env;
    }

    /** Starts the plugin and waits until /health/ready says so. */
    public static InProcessPlugin startReady(CrispSandbox sandbox, Map<String, String> overrides) {
        InProcessPlugin plugin = new InProcessPlugin(environment(sandbox, overrides));
        if (!Await.until(Duration.ofSeconds(30), Duration.ofMillis(20), plugin.http::ready)) {
            plugin.close();
            throw new IllegalStateException("the plugin did not become ready within 30 s");
        }
        return plugin;
    }

    public PluginHttp http() {
        return http;
    }

    public CaptureGauges gauges() {
        return server.core().readCaptureGauges().gauges();
    }

    /** No capture open, waiting for a retry or running. */
    public boolean idle() {
        CaptureGauges gauges = gauges();
        return gauges.open() == 0 && gauges.deferred() == 0 && gauges.running() == 0;
    }

    @Override
    public void close() {
        server.close();
    }
}
