package app.richcontact.sandbox;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone from the command line until interrupted; {@code --help} lists the
 * switches. It prints the URLs and the plugin credentials, never visitor data.
 */
public final class SandboxMain {

    private static final String USAGE = """
            Usage: java -m app.richcontact.sandbox/app.richcontact.sandbox.SandboxMain [options]
              --host H               interface to listen on (127.0.0.1)
              --port N               HTTP port for REST, RTM and the page (0 = any free port)
              --advertised-host H    host used in announced URLs (the listening host)
              --identifier ID        plugin token identifier (random)
              --key KEY              plugin token key (random)
              --plugin-id ID         plugin id (random)
              --quota N              daily request budget (5000)
              --quota-status 429|420 status past the quota (429)
              --retry-after S        send Retry-After: S with 429/420 (none)
              --duplicate-status N   status of a duplicate-email create (409)
              --duplicate-reason R   reason of a duplicate-email create (people_exists)
              --phone-search LIST    forms that match phones: search_text,phone,person.phone (search_text)
              --bind-interval-ms N   minimum time between honoured socket:bind (2500)
              --no-native-email-profiles   Crisp does not make profiles for sessions with an email
              --webhook-url URL      also deliver events as web hooks to URL
              --webhook-secret S     hook secret for X-Crisp-Signature (required with --webhook-url)
              --spacing-ms N         time between the events of a conversation start (10)
              --websites N           demo websites to install at start (1)
              --traffic-rate R       generate R random conversations per second (off)
              --traffic-max N        stop the traffic after N conversations (never)
              --seed N               seed of the random traffic
              --help                 this text
            """;

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> flags;
        try {
            flags = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (flags.containsKey("help")) {
            System.out.print(USAGE);
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

    /** Reads {@code --name value} pairs and bare {@code --flag}s. */
    static Map<String, String> parse(String[] args) {
        Set<String> bare = Set.of("help", "no-native-email-profiles");
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
        for (Map.Entry<String, String> flag : flags.entrySet()) {
            String value = flag.getValue();
            switch (flag.getKey()) {
                case "host" -> options.host(value);
                case "port" -> options.port(intValue("port", value));
                case "advertised-host" -> options.advertisedHost(value);
                case "plugin-id" -> options.pluginId(value);
                case "quota" -> options.dailyQuota(intValue("quota", value));
                case "quota-status" -> options.quotaStatus(intValue("quota-status", value));
                case "retry-after" -> options.retryAfter(Duration.ofSeconds(intValue("retry-after", value)));
                case "phone-search" -> options.phoneSearch(phoneSearch(value));
                case "bind-interval-ms" -> options.bindInterval(Duration.ofMillis(intValue("bind-interval-ms", value)));
                case "no-native-email-profiles" -> options.nativeEmailProfiles(false);
                case "spacing-ms" -> options.eventSpacing(Duration.ofMillis(intValue("spacing-ms", value)));
                case "identifier", "key", "duplicate-status", "duplicate-reason", "webhook-url", "webhook-secret",
                        "websites", "traffic-rate", "traffic-max", "seed", "help" -> {
                    // Read together below, or by main().
                }
                default -> throw new IllegalArgumentException("unknown option --" + flag.getKey());
            }
        }
        if (flags.containsKey("identifier") || flags.containsKey("key")) {
            if (!flags.containsKey("identifier") || !flags.containsKey("key")) {
                throw new IllegalArgumentException("--identifier and --key go together");
            }
            options.credentials(flags.get("identifier"), flags.get("key"));
        }
        if (flags.containsKey("duplicate-status") || flags.containsKey("duplicate-reason")) {
            options.duplicateCreate(intValue("duplicate-status", flags.getOrDefault("duplicate-status", "409")),
                    flags.getOrDefault("duplicate-reason", "people_exists"));
        }
        if (flags.containsKey("webhook-url")) {
            String secret = flags.get("webhook-secret");
            if (secret == null) {
                throw new IllegalArgumentException("--webhook-url needs --webhook-secret");
            }
            options.webhook(WebhookTarget.of(URI.create(flags.get("webhook-url")), secret));
        }
        return options.build();
    }

    private static Set<PhoneSearch> phoneSearch(String list) {
        Set<PhoneSearch> modes = EnumSet.noneOf(PhoneSearch.class);
        for (String item : list.split(",")) {
            switch (item.trim().toLowerCase(Locale.ROOT)) {
                case "search_text" -> modes.add(PhoneSearch.SEARCH_TEXT_DIGITS);
                case "phone" -> modes.add(PhoneSearch.FILTER_PHONE);
                case "person.phone" -> modes.add(PhoneSearch.FILTER_PERSON_PHONE);
                case "", "none" -> {
                }
                default -> throw new IllegalArgumentException("--phone-search takes search_text, phone, person.phone");
            }
        }
        return modes;
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
