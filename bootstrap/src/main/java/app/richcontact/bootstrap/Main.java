package app.richcontact.bootstrap;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code serve} runs the plugin in production, configured by the
 * environment; {@code sandbox} runs it against an embedded Crisp emulator with demo traffic.
 * Both run until SIGTERM or Ctrl-C, then drain and exit.
 */
public final class Main {

    private static final String USAGE = """
            usage: rich-contact <command>

              serve     run the plugin against Crisp, configured by environment variables (see README)
              sandbox   run the plugin against an embedded Crisp emulator with demo traffic (no Crisp account
                        needed); from a checkout, with ./rich-contact sandbox: production's distribution has no emulator
            """;

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        Map<String, String> environment = System.getenv();
        switch (command) {
            case "serve" -> serve(environment);
            case "help", "--help", "-h" -> System.out.print(USAGE);
            case "sandbox" -> {
                System.err.println("rich-contact: this distribution has no emulator; run ./rich-contact sandbox from a checkout");
                System.exit(2);
            }
            default -> {
                System.err.print("rich-contact: unknown command " + command + "\n" + USAGE);
                System.exit(2);
            }
        }
    }

    private static void serve(Map<String, String> environment) {
        PluginConfiguration config = configuration(environment, System.err);
        LogSetup.apply(config.server().logFormat());
        runUntilStopped(new RichContactServer(config, Clock.systemUTC()), () -> { });
    }

    /** Reads the configuration, or stops the process with a message naming the bad variable. */
    public static PluginConfiguration configuration(Map<String, String> environment, PrintStream err) {
        try {
            return PluginConfiguration.fromEnvironment(environment);
        } catch (ConfigurationException invalid) {
            err.println("rich-contact: " + invalid.getMessage());
            System.exit(2);
            throw invalid;
        }
    }

    /**
     * Starts the server, runs {@code started} (it knows the bound port by then), and blocks until
     * the JVM is asked to stop; the shutdown hook drains the server, then closes what else runs
     * beside it (the emulator, in the sandbox run mode).
     */
    public static void runUntilStopped(RichContactServer server, Runnable started, AutoCloseable... alongside) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            for (AutoCloseable closeable : alongside) {
                try {
                    closeable.close();
                } catch (Exception failedToClose) {
                    org.slf4j.LoggerFactory.getLogger(Main.class).warn("could not close {}", closeable, failedToClose);
                }
            }
            stopped.countDown();
        }, "rich-contact-shutdown"));
        server.start();
        started.run();
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
