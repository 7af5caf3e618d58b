package app.richcontact.sandbox;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone from the command line until interrupted; {@code --help} lists the
 * switches. It prints the URLs and the plugin credentials, never visitor data.
 */
public final class SandboxMain {

    private static final String USAGE_START = """
            Usage: java -m app.richcontact.sandbox/app.richcontact.sandbox.SandboxMain [options]
              --host H               interface to listen on (127.0.0.1)
              --port N               HTTP port for REST, RTM and the page (0 = any free port)
              --advertised-host H    host used in announced URLs (the listening host)
              --identifier ID        plugin token identifier (random)
              --key KEY              plugin token key (random)
              --plugin-id ID         plugin id (random)
            """;
    private static final String USAGE_END = """
              --webhook-url URL      also deliver events as web hooks to URL
              --webhook-secret S     hook secret for X-Crisp-Signature (required with --webhook-url)
              --websites N           demo websites to install at start (1)
              --traffic-rate R       generate R random conversations per second (off)
              --traffic-max N        stop the traffic after N conversations (never)
              --seed N               seed of the random traffic
              --help                 this text
            """;
    /** The flags main() and options() read themselves; every other flag is a switch's. */
    private static final Set<String> OWN_FLAGS = Set.of("host", "port", "advertised-host", "identifier", "key",
            "plugin-id", "webhook-url", "webhook-secret", "websites", "traffic-rate", "traffic-max", "seed", "help");

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> flags;
        try {
            flags = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage());
            System.exit(2);
            return;
        }
        if (flags.containsKey("help")) {
            System.out.print(usage());
            return;
        }
        CrispSandbox sandbox;
        try {
            sandbox = CrispSandbox.start(options(flags));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        describe(sandbox, System.out);
        int websites = intFlag(flags, "websites", 1);
        for (int i = 1; i <= websites; i++) {
            InstalledWebsite website = sandbox.scenario().installWebsite("Demo website " + i);
            System.out.println("website " + website.websiteId() + " token " + website.token());
        }
        if (flags.containsKey("traffic-rate")) {
            TrafficOptions.Builder traffic = TrafficOptions.builder()
                    .conversationsPerSecond(Double.parseDouble(flags.get("traffic-rate")))
                    .maxConversations(Long.parseLong(flags.getOrDefault("traffic-max", "0")))
                    .keepHistory(false);
            if (flags.containsKey("seed")) {
                traffic.seed(Long.parseLong(flags.get("seed")));
            }
            TrafficRun run = sandbox.startTraffic(traffic.build());
            System.out.println("traffic: " + run.websites().size() + " websites, "
                    + flags.get("traffic-rate") + " conversations/s");
        }
        System.out.println("Ctrl-C to stop.");
        stopped.await();
    }

    static void describe(CrispSandbox sandbox, PrintStream out) {
        out.println("Crisp sandbox listening");
        out.println("  CRISP_API_URL   " + sandbox.restBaseUrl());
        out.println("  RTM             " + sandbox.rtmUrl());
        out.println("  page            " + sandbox.pageUrl());
        out.println("  identifier      " + sandbox.pluginIdentifier());
        out.println("  key             " + sandbox.pluginKey());
        out.println("  plugin_id       " + sandbox.pluginId());
    }

    /** The usage text: the start options, then every switch of {@link SandboxSwitch#all()}, then traffic. */
    static String usage() {
        StringBuilder usage = new StringBuilder(USAGE_START);
        for (SandboxSwitch<?> each : SandboxSwitch.all()) {
            if (each.flag() != null) {
                String flag = each.flag() + (each.valueHint() == null ? "" : " " + each.valueHint());
                usage.append(String.format("  --%-20s %s%s%n", flag, each.help(),
                        each.valueHint() == null ? "" : " (" + shown(each) + ")"));
            }
        }
        return usage.append(USAGE_END).toString();
    }

    private static String shown(SandboxSwitch<?> each) {
        Object value = each.defaultValue();
        if (value instanceof Duration duration) {
            return each.flag().endsWith("-ms") ? Long.toString(duration.toMillis()) : Long.toString(duration.toSeconds());
        }
        return value == null ? "none" : value instanceof Set<?> ? "see README" : value.toString();
    }

    /** Reads {@code --name value} pairs and bare {@code --flag}s. */
    static Map<String, String> parse(String[] args) {
        Set<String> bare = new HashSet<>(Set.of("help"));
        SandboxSwitch.all().stream().filter(each -> each.flag() != null && each.valueHint() == null)
                .forEach(each -> bare.add(each.flag()));
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0) {
                flags.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (bare.contains(name)) {
                flags.put(name, "true");
            } else if (i + 1 < args.length) {
                flags.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return flags;
    }

    static SandboxOptions options(Map<String, String> flags) {
        SandboxOptions.Builder options = SandboxOptions.builder();
        Map<String, SandboxSwitch<?>> switches = new HashMap<>();
        SandboxSwitch.all().stream().filter(each -> each.flag() != null).forEach(each -> switches.put(each.flag(), each));
        for (Map.Entry<String, String> flag : flags.entrySet()) {
            SandboxSwitch<?> which = switches.get(flag.getKey());
            if (which != null) {
                set(options, which, flag.getValue());
            } else if (!OWN_FLAGS.contains(flag.getKey())) {
                throw new IllegalArgumentException("unknown option --" + flag.getKey());
            }
        }
        Optional.ofNullable(flags.get("host")).ifPresent(options::host);
        Optional.ofNullable(flags.get("port")).ifPresent(port -> options.port(intValue("port", port)));
        Optional.ofNullable(flags.get("advertised-host")).ifPresent(options::advertisedHost);
        Optional.ofNullable(flags.get("plugin-id")).ifPresent(options::pluginId);
        if (flags.containsKey("identifier") || flags.containsKey("key")) {
            if (!flags.containsKey("identifier") || !flags.containsKey("key")) {
                throw new IllegalArgumentException("--identifier and --key go together");
            }
            options.credentials(flags.get("identifier"), flags.get("key"));
        }
        if (flags.containsKey("webhook-url")) {
            String secret = flags.get("webhook-secret");
            if (secret == null) {
                throw new IllegalArgumentException("--webhook-url needs --webhook-secret");
            }
            options.set(SandboxSwitch.WEBHOOK, WebhookTarget.of(URI.create(flags.get("webhook-url")), secret));
        }
        return options.build();
    }

    private static <T> void set(SandboxOptions.Builder options, SandboxSwitch<T> which, String text) {
        options.set(which, which.parse(text));
    }

    private static int intFlag(Map<String, String> flags, String name, int fallback) {
        return flags.containsKey(name) ? intValue(name, flags.get(name)) : fallback;
    }

    private static int intValue(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number");
        }
    }
}
