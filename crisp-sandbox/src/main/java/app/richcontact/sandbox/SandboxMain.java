package app.richcontact.sandbox;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Runs the sandbox alone from the command line until interrupted. Its flags and {@code --help}
 * come from the options of {@link SandboxOptions}, {@link SandboxSwitch}, {@link TrafficOptions}
 * and its own three. It prints the URLs and the plugin credentials, never visitor data.
 */
public final class SandboxMain {

    /** Demo websites installed at start, apart from the traffic's own. */
    static final SandboxOption<Integer> WEBSITES = SandboxOption.option("websites", "websites N", 1,
            "demo websites installed at start (settings {})", Integer::parseInt, SandboxOption.atLeast(0, "websites"));
    /** With {@link #WEBHOOK_SECRET}, the command line's spelling of {@link SandboxSwitch#WEBHOOK}. */
    static final SandboxOption<URI> WEBHOOK_URL = SandboxOption.option("webhookUrl", "webhook-url URL", null,
            "also deliver every event as a signed web hook to URL (with --webhook-secret)", URI::create, value -> { });
    static final SandboxOption<String> WEBHOOK_SECRET = SandboxOption.option("webhookSecret", "webhook-secret S", null,
            "hook secret keying X-Crisp-Signature (with --webhook-url)", Function.identity(), value -> { });
    private static final List<SandboxOption<?>> OWN = List.of(WEBSITES, WEBHOOK_URL, WEBHOOK_SECRET);

    /** What a command line asks for; {@code traffic} is null when it gives no traffic option. */
    record Command(boolean help, SandboxOptions sandbox, int websites, TrafficOptions traffic) {
    }

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Command command;
        try {
            command = read(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage());
            System.exit(2);
            return;
        }
        if (command.help()) {
            System.out.print(usage());
            return;
        }
        CrispSandbox sandbox = CrispSandbox.start(command.sandbox());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        describe(sandbox, System.out);
        for (int i = 1; i <= command.websites(); i++) {
            InstalledWebsite website = sandbox.scenario().installWebsite("Demo website " + i);
            System.out.println("website " + website.websiteId() + " token " + website.token());
        }
        if (command.traffic() != null) {
            TrafficRun run = sandbox.startTraffic(command.traffic());
            System.out.println("traffic: " + run.websites().size() + " websites, "
                    + command.traffic().get(TrafficOptions.CONVERSATIONS_PER_SECOND) + " conversations/s");
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

    /** Every option with a flag, in the order of the usage text. */
    static List<SandboxOption<?>> flags() {
        List<SandboxOption<?>> all = new ArrayList<>(SandboxOptions.all());
        all.addAll(SandboxSwitch.all());
        all.addAll(OWN);
        all.addAll(TrafficOptions.all());
        all.removeIf(each -> each.flag() == null);
        return all;
    }

    /** How an option is written on the command line: {@code quota N}. */
    static String spelling(SandboxOption<?> option) {
        return option.flag() + (option.valueHint() == null ? "" : " " + option.valueHint());
    }

    static String usage() {
        StringBuilder usage = new StringBuilder(
                "Usage: java -m app.richcontact.sandbox/app.richcontact.sandbox.SandboxMain [options]\n");
        for (SandboxOption<?> each : flags()) {
            usage.append(String.format("  --%-24s %s (%s)%n", spelling(each), each.help(), each.shownDefault()));
        }
        return usage.append(String.format("  --%-24s %s%n", "help", "this text")).toString();
    }

    /** Reads {@code --flag value}, {@code --flag=value} and bare {@code --flag}s; traffic runs when one of its options is given. */
    static Command read(String[] args) {
        Map<String, SandboxOption<?>> byFlag = new HashMap<>();
        flags().forEach(each -> byFlag.put(each.flag(), each));
        SandboxOptions.Builder sandbox = SandboxOptions.builder();
        TrafficOptions.Builder traffic = TrafficOptions.builder().set(TrafficOptions.KEEP_HISTORY, false);
        OptionValues own = new OptionValues(OWN);
        boolean help = false;
        boolean anyTraffic = false;
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || args[i].length() == 2) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String[] flagAndText = args[i].substring(2).split("=", 2);
            SandboxOption<?> option = byFlag.get(flagAndText[0]);
            if (flagAndText[0].equals("help")) {
                help = true;
                continue;
            }
            if (option == null) {
                throw new IllegalArgumentException("unknown option --" + flagAndText[0]);
            }
            String text = flagAndText.length == 2 ? flagAndText[1]
                    : option.valueHint() == null ? "true" : i + 1 < args.length ? args[++i] : null;
            if (text == null) {
                throw new IllegalArgumentException("--" + option.flag() + " needs a value");
            }
            anyTraffic |= TrafficOptions.all().contains(option);
            apply(option, text, sandbox, traffic, own);
        }
        if (own.isSet(WEBHOOK_URL) != own.isSet(WEBHOOK_SECRET)) {
            throw new IllegalArgumentException("--webhook-url and --webhook-secret go together");
        } else if (own.isSet(WEBHOOK_URL)) {
            sandbox.set(SandboxSwitch.WEBHOOK, WebhookTarget.of(own.get(WEBHOOK_URL), own.get(WEBHOOK_SECRET)));
        }
        return new Command(help, sandbox.build(), own.get(WEBSITES), anyTraffic ? traffic.build() : null);
    }

    private static <T> void apply(SandboxOption<T> option, String text, SandboxOptions.Builder sandbox,
                                  TrafficOptions.Builder traffic, OptionValues own) {
        T value = option.parse(text);
        if (OWN.contains(option)) {
            own.set(option, value);
        } else if (TrafficOptions.all().contains(option)) {
            traffic.set(option, value);
        } else {
            sandbox.set(option, value);
        }
    }
}
