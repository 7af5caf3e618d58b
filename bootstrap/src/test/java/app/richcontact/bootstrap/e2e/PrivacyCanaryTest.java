package app.richcontact.bootstrap.e2e;

import static app.richcontact.bootstrap.e2e.RunningPlugin.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/**
 * The privacy canary: every scenario of the run used distinctive phone numbers, emails and names
 * ({@link Canaries}), website tokens, plugin keys and hook secrets, and every sandbox a plugin ran
 * against reports what it handed out (random traffic included); none of them may appear unmasked
 * in anything the run logged: logback's output, {@code java.util.logging} records (socket.io-client,
 * OkHttp), standard output and error, and the output of the processes run by {@link CommandLineTest}.
 * Phones are looked for in every written form ({@link PhoneLeaks}); any raw email counts. Only
 * the sandbox's own loggers are skipped (it plays Crisp), judged by the logger of each event, so
 * our stack traces are read whole. Each class that ran a plugin left a marker in every path, and
 * the canary proves it read them all. Its own scenario walks the paths that log the most
 * (failures, refusals, bad input).
 */
@Isolated
class PrivacyCanaryTest {

    private static final String PROBE = "app.richcontact.e2e.canary-probe";
    /** A logback event starts with its time; lines that do not are its stack trace. */
    private static final Pattern EVENT_START = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ");
    /** The sandbox plays Crisp, whose logs are not ours: its own loggers, and the Socket.IO server's. */
    private static final List<String> CRISP_SIDE = List.of("app.richcontact.sandbox.", "io.socket.socketio.server",
            "io.socket.engineio.server");
    /** The logger of a logback event ({@code time LEVEL [thread] logger …}) or of a JUL record ({@code LEVEL logger …}). */
    private static final Pattern LOGBACK_LOGGER = Pattern.compile("^logback: \\S+ +\\S+ +\\[[^\\]]*\\] +(\\S+)");
    private static final Pattern JUL_LOGGER = Pattern.compile("^jul: \\S+ (\\S+)");
    /** A raw email; masked ones hide their local part behind •. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w");
    private static final List<String> PATHS = List.of("logback: ", "jul: ", "stdio: ");

    @Test
    void no_phone_email_name_token_or_key_of_the_whole_run_appears_in_its_logs() throws Exception {
        runScenariosThatLogTheMost();
        Canaries.mark("PrivacyCanaryTest");
        // Proof that the canary bites: leaks on purpose through each logging path, in forms that
        // no exact match would see, one of them a number only the sandbox knows.
        Canaries.Phone probe = Canaries.phone();
        String national = probe.digits().substring(3);
        String masked = "+" + probe.digits().substring(0, 4) + "•" + probe.digits().charAt(5) + "•"
                + probe.digits().charAt(7) + "•" + probe.digits().charAt(9) + "•" + probe.digits().substring(11);
        List<String> probes = List.of("(+351) " + national.substring(0, 3) + "-" + national.substring(3, 6) + "-"
                + national.substring(6), national.substring(0, 3) + "." + national.substring(3, 6) + "."
                + national.substring(6), masked, SANDBOX_ONLY_PHONE_NATIONAL);
        LoggerFactory.getLogger(PROBE).info("probe {}", probes.get(0));
        java.util.logging.Logger.getLogger(PROBE).info("probe " + probes.get(1));
        System.err.println(PROBE + " probe " + probes.get(2));
        LoggerFactory.getLogger(PROBE).warn("probe", new IllegalStateException("probe " + probes.get(3)));

        List<String> events = new ArrayList<>();
        logbackEvents().forEach(event -> events.add("logback: " + event));
        CapturedOutput.julRecords().lines().forEach(record -> events.add("jul: " + record));
        CapturedOutput.standardStreams().lines().forEach(line -> events.add("stdio: " + line));
        List<String> ours = events.stream().filter(event -> !crispSide(event)).toList();

        assertTrue(ours.stream().anyMatch(event -> event.contains("contact created")), "the run's log is the one read");
        assertTrue(ours.stream().anyMatch(event -> event.contains("contact failed")), "failures were logged too");
        assertEquals(List.of(), unreadClasses(ours), "the output of every class that ran a plugin was read");
        List<String> leaks = leaksIn(ours);
        for (String form : probes) {
            assertTrue(leaks.stream().anyMatch(leak -> leak.contains(PROBE) && leak.contains(form)),
                    () -> "the probe " + form + " is found: " + leaks);
        }
        for (String source : PATHS) {
            assertTrue(leaks.stream().anyMatch(leak -> leak.contains(PROBE) && leak.contains(" in " + source)),
                    () -> "a probe is found in " + source + leaks);
        }
        // java.util.logging's console handler echoes its probe to standard error without the logger name.
        assertEquals(List.of(), leaks.stream()
                .filter(leak -> !leak.contains(PROBE) && probes.stream().noneMatch(leak::contains)).toList());
    }

    /** A French number the canary never drew, not Portuguese: only the sandbox's report of what it handed out finds it. */
    private static final String SANDBOX_ONLY_PHONE = "+33 6 12 34 56 78";
    private static final String SANDBOX_ONLY_PHONE_NATIONAL = "06 12 34 56 78";

    private static boolean crispSide(String event) {
        Matcher logger = LOGBACK_LOGGER.matcher(event);
        if (!logger.find()) {
            logger = JUL_LOGGER.matcher(event);
            if (!logger.find()) {
                return false;
            }
        }
        String name = logger.group(1);
        return CRISP_SIDE.stream().anyMatch(name::startsWith);
    }

    /**
     * Each class that left a marker must be seen in every path; and once any other class ran,
     * every test class of this package must have (else this one ran before them and read nothing).
     */
    private static List<String> unreadClasses(List<String> ours) throws Exception {
        List<String> unread = new ArrayList<>();
        for (String marked : Canaries.marked()) {
            for (String source : PATHS) {
                if (ours.stream().noneMatch(event -> event.startsWith(source) && event.contains(Canaries.MARKER + marked))) {
                    unread.add(marked + " in " + source);
                }
            }
        }
        if (Canaries.marked().size() > 1) {
            for (String testClass : testClassesOfThisPackage()) {
                if (!Canaries.marked().contains(testClass)) {
                    unread.add(testClass + " (no marker: it had not run yet)");
                }
            }
        }
        return unread;
    }

    private static List<String> testClassesOfThisPackage() throws Exception {
        java.nio.file.Path here = java.nio.file.Path.of(PrivacyCanaryTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolve(PrivacyCanaryTest.class.getPackageName().replace('.', '/'));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(here)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("Test.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())).sorted().toList();
        }
    }

    /** Every event that shows a secret, a name, an email or a phone of the run, with what it shows. */
    private static List<String> leaksIn(List<String> ours) {
        List<String> forms = Canaries.forms().stream().map(form -> form.toLowerCase(Locale.ROOT)).toList();
        Set<String> phones = Canaries.phoneDigits();
        List<Pattern> words = Canaries.sandboxWords().stream()
                .map(word -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])")).toList();
        List<String> leaks = new ArrayList<>();
        for (String event : ours) {
            String lower = event.toLowerCase(Locale.ROOT);
            Optional<String> shown = forms.stream().filter(lower::contains).findFirst()
                    .or(() -> PhoneLeaks.find(event, phones))
                    .or(() -> words.stream().filter(word -> word.matcher(event).find()).findFirst().map(Pattern::pattern))
                    .or(() -> EMAIL.matcher(event).results().map(MatchResult::group).findFirst());
            shown.ifPresent(form -> leaks.add(form + " in " + event));
        }
        return leaks;
    }

    private static List<String> logbackEvents() throws Exception {
        List<String> events = new ArrayList<>();
        StringBuilder event = new StringBuilder();
        for (String line : CapturedOutput.logbackLines().split("\n")) {
            if (EVENT_START.matcher(line).find() && event.length() > 0) {
                events.add(event.toString());
                event.setLength(0);
            }
            event.append(line).append('\n');
        }
        if (event.length() > 0) {
            events.add(event.toString());
        }
        return events;
    }

    /** Creation, every check, bad input, refused requests, the settings API and page, and a capture that fails. */
    private static void runScenariosThatLogTheMost() {
        try (CrispSandbox crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false).build())) {
            InstalledWebsite website = RunningPlugin.install(crisp, "Canary", "{\"geolocation\": true}");
            InstalledWebsite emails = RunningPlugin.install(crisp, "Canary emails", "{\"skip_if_email_exists\": false}");
            Canaries.Phone known = Canaries.phone();
            String knownEmail = Canaries.email();
            crisp.scenario().preloadProfile(website.websiteId(), NewProfile.of(Canaries.email(), Canaries.name(), known.e164()));
            crisp.scenario().preloadProfile(emails.websiteId(), NewProfile.of(knownEmail, Canaries.name(), null));
            crisp.scenario().preloadProfile(emails.websiteId(), NewProfile.of(Canaries.email(), Canaries.name(),
                    SANDBOX_ONLY_PHONE));
            RunningPlugin plugin = RunningPlugin.start(crisp, Map.of("CRISP_HOOK_SECRET", Canaries.secret(
                    "canary-hook-secret-" + System.nanoTime())));
            try {
                String whatsapp = "urn:crisp.im:whatsapp:0";
                Geolocation where = new Geolocation("PT", "Porto", "Porto");
                crisp.scenario().startConversation(website.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().spaced()).withGeolocation(where));
                crisp.scenario().startConversation(website.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name()).withPhone(known.spaced()));
                crisp.scenario().startConversation(website.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().e164()).withEmail(Canaries.email()));
                crisp.scenario().startConversation(emails.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().e164()).withEmail(knownEmail));
                // Input Crisp should never send: dropped at the edge, and counted, but never echoed.
                crisp.scenario().startConversation(website.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name() + "\u0000").withPhone("tel " + Canaries.phone().spaced() + " ext 12")
                        .withEmail("write to " + Canaries.email()));
                Await.until("five captures to end", () -> plugin.capturesEnded() == 5);

                String path = "/api/websites/" + website.websiteId() + "/settings";
                plugin.get(path, bearer(website.token()));
                plugin.get(path, bearer(website.token() + "0"));
                plugin.get("/settings?website_id=" + website.websiteId() + "&token=" + website.token());
                plugin.get("/settings?website_id=" + website.websiteId() + "&token=" + Canaries.email());
                plugin.put(path, "{\"segments\": [\"" + Canaries.email() + "\", \"" + Canaries.phone().spaced() + "\"]}",
                        bearer(website.token()));
                plugin.put(path, "{\"segments\": [\"" + Canaries.name() + "\"", bearer(website.token()));

                // Crisp fails every creation: the capture waits to retry, and fails for good at shutdown.
                crisp.restFaults().route(SandboxRoutes.PROFILE_CREATE).serverErrorRate(1.0);
                crisp.scenario().startConversation(website.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
                Await.until("the capture to wait for a retry",
                        () -> plugin.metric("richcontact_pending_captures{state=\"deferred\"}") == 1);
            } finally {
                plugin.close();
            }
        }
    }
}
