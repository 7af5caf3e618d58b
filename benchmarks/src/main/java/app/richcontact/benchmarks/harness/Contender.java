package app.richcontact.benchmarks.harness;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A plugin under measurement in a process of its own, pointed at the sandbox in this JVM: Rich
 * Contact as an operator runs it (the distribution, {@code serve}), or the Node peer (the plain
 * script on Crisp's official client in {@code benchmarks/peer}). Spawned on {@link #start}, ready
 * when its health route answers 200, stopped with SIGTERM (then SIGKILL after 30 s).
 */
public final class Contender implements AutoCloseable {

    private final String name;
    private final Process process;
    private final URI health;
    private final long spawnedNanos;

    private Contender(String name, ProcessBuilder builder, URI health) throws IOException {
        this.name = name;
        this.health = health;
        this.spawnedNanos = System.nanoTime();
        this.process = builder.start();
    }

    /** Where Rich Contact's distribution is: {@code -Dbench.distribution}, by default the one mvn package builds. */
    private static final Path DISTRIBUTION = Path.of(System.getProperty("bench.distribution", "bootstrap/target/rich-contact/lib"));

    /** The JVM the distribution's launch script picks here, without an AOT cache (asked once). */
    public static synchronized PluginRuntime runtime() {
        if (runtime == null) {
            runtime = PluginRuntime.of(DISTRIBUTION);
        }
        return runtime;
    }

    private static PluginRuntime runtime;

    /** The distribution's lib, where {@link #richContact} runs it from. */
    public static Path distribution() {
        return DISTRIBUTION;
    }

    /** {@link #richContact(PluginRuntime, CrispSandbox, Map, Path)} on {@link #runtime()}. */
    public static Contender richContact(CrispSandbox crisp, Map<String, String> overrides, Path log) throws IOException {
        return richContact(runtime(), crisp, overrides, log);
    }

    /**
     * Rich Contact from the distribution as an operator starts it: through its {@code launch}
     * script (which picks the JVM, reads {@code jvm.options} beside {@code lib} and, on JDK 25 or
     * later, the AOT cache), on {@code runtime}, with {@code -Dbench.childJvmOptions} as
     * {@code JAVA_OPTS}; its environment pointing at {@code crisp} with {@code overrides}.
     */
    public static Contender richContact(PluginRuntime runtime, CrispSandbox crisp, Map<String, String> overrides,
                                        Path log) throws IOException {
        if (!Files.isDirectory(DISTRIBUTION) || !Files.isRegularFile(PluginRuntime.launch(DISTRIBUTION))) {
            throw new IllegalStateException("no distribution at " + DISTRIBUTION + ": build with mvn package first");
        }
        int port = freePort();
        List<String> command = List.of("sh", PluginRuntime.launch(DISTRIBUTION).toString(),
                DISTRIBUTION.toAbsolutePath().toString(), "app.richcontact.bootstrap/app.richcontact.bootstrap.Main", "serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(InProcessPlugin.environment(crisp, Map.of(PluginConfiguration.PORT,
                Integer.toString(port))));
        builder.environment().putAll(runtime.launchEnvironment());
        builder.environment().putAll(overrides);
        return new Contender("Rich Contact", builder, URI.create("http://127.0.0.1:" + port + "/health/ready"));
    }

    /** The Node peer in {@code peerDirectory} (installed with {@code npm ci}), with a {@code windowMillis} window. */
    public static Contender nodePeer(Path peerDirectory, CrispSandbox crisp, long windowMillis, Path log)
            throws IOException {
        if (!Files.isDirectory(peerDirectory.resolve("node_modules").resolve("crisp-api"))) {
            throw new IllegalStateException("the Node peer is not installed: npm ci --prefix " + peerDirectory);
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("node", "peer-plugin.mjs").directory(peerDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("CRISP_API_URL", crisp.restBaseUrl().toString(),
                "CRISP_PLUGIN_IDENTIFIER", crisp.pluginIdentifier(), "CRISP_PLUGIN_KEY", crisp.pluginKey(),
                "PEER_WINDOW_MS", Long.toString(windowMillis), "PEER_PORT", Integer.toString(port)));
        return new Contender("Node peer", builder, URI.create("http://127.0.0.1:" + port + "/health"));
    }

    public long pid() {
        return process.pid();
    }

    /** Its operations endpoints (readiness, metrics), on the port its health route is on. */
    public PluginHttp http() {
        return new PluginHttp(health.getPort());
    }

    /** SIGKILL: the process dies at once, draining nothing and releasing nothing (a crash, a node lost). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Sends a signal by name ({@code STOP} stalls the JVM, {@code CONT} wakes it), with the system's kill. */
    public void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    /** Waits for its health route to answer 200; returns the time from spawn to then. */
    public Duration awaitReady(Duration deadline) {
        if (!Await.until(deadline, Duration.ofMillis(5), () -> PluginHttp.answers200(health) || !process.isAlive()) || !process.isAlive()) {
            throw new IllegalStateException(name + " did not become ready within " + deadline);
        }
        return Duration.ofNanos(System.nanoTime() - spawnedNanos);
    }

    /** SIGTERM (Rich Contact drains), then SIGKILL if it has not exited within 30 s. */
    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code patience}. */
    public void stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
