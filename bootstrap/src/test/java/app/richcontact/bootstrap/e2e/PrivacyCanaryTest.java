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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/**
 * The privacy canary: every scenario of the run used distinctive phone numbers, emails and names
 * ({@link Canaries}), and website tokens, plugin keys and hook secrets; none of them may appear
 * unmasked in anything the run logged: logback's output, {@code java.util.logging} records
 * (socket.io-client, OkHttp), standard output and error, and the output of the processes run by
 * {@link CommandLineTest}. Isolated, so it runs after every other class and reads all they
 * logged; its own scenario walks the paths that log the most (failures, refusals, bad input).
 */
@Isolated
class PrivacyCanaryTest {

    private static final String PROBE = "app.richcontact.e2e.canary-probe";
    /** A logback event starts with its time; lines that do not are its stack trace. */
    private static final Pattern EVENT_START = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ");
    /** The sandbox plays Crisp, whose logs are not ours: its own loggers, and the Socket.IO server's. */
    private static final List<String> CRISP_SIDE = List.of(" app.richcontact.sandbox.", " io.socket.socketio.server",
            " io.socket.engineio.server");

    @Test
    void no_phone_email_name_token_or_key_of_the_whole_run_appears_in_its_logs() throws Exception {
        runScenariosThatLogTheMost();
        // Proof that the canary bites: one leak on purpose through each logging path.
        Canaries.Phone probe = Canaries.phone();
        LoggerFactory.getLogger(PROBE).info("probe {}", probe.digits());
        java.util.logging.Logger.getLogger(PROBE).info("probe " + probe.digits());
        System.err.println(PROBE + " probe " + probe.digits());

        List<String> events = new ArrayList<>();
        logbackEvents().forEach(event -> events.add("logback: " + event));
        CapturedOutput.julRecords().lines().forEach(record -> events.add("jul: " + record));
        CapturedOutput.standardStreams().lines().forEach(line -> events.add("stdio: " + line));
        List<String> ours = events.stream().filter(event -> CRISP_SIDE.stream().noneMatch(event::contains)).toList();

        assertTrue(ours.stream().anyMatch(event -> event.contains("contact created")), "the run's log is the one read");
        assertTrue(ours.stream().anyMatch(event -> event.contains("contact failed")), "failures were logged too");
        List<String> forms = Canaries.forms().stream().map(form -> form.toLowerCase(Locale.ROOT)).toList();
        List<String> leaks = new ArrayList<>();
        for (String event : ours) {
            String lower = event.toLowerCase(Locale.ROOT);
            forms.stream().filter(lower::contains).findFirst().ifPresent(form -> leaks.add(form + " in " + event));
        }
        List<String> probes = leaks.stream().filter(leak -> leak.contains(probe.digits())).toList();
        for (String source : List.of("logback: ", "jul: ", "stdio: ")) {
            assertTrue(probes.stream().anyMatch(leak -> leak.contains(" in " + source)),
                    () -> "the probe is found in " + source + probes);
        }
        assertEquals(List.of(), leaks.stream().filter(leak -> !leak.contains(probe.digits())).toList());
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
            crisp.scenario().preloadProfile(website.websiteId(), NewProfile.of(Canaries.email(), Canaries.name(), known.spaced()));
            crisp.scenario().preloadProfile(emails.websiteId(), NewProfile.of(knownEmail, Canaries.name(), null));
            RunningPlugin plugin = RunningPlugin.start(crisp, Map.of("CRISP_HOOK_SECRET", Canaries.secret(
                    "canary-hook-secret-" + System.nanoTime())));
            try {
                String whatsapp = "urn:crisp.im:whatsapp:0";
                Geolocation where = new Geolocation("PT", "Porto", "Porto");
                crisp.scenario().startConversation(website.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name()).withPhone(Canaries.phone().spaced()).withGeolocation(where));
                crisp.scenario().startConversation(website.websiteId(), Visitor.from(whatsapp)
                        .withNickname(Canaries.name()).withPhone(known.e164()));
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
