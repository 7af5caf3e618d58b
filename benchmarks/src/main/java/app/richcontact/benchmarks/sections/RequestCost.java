package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Await;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.InProcessPlugin;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Crisp requests per conversation, by scenario: each scenario runs on a website of its own, so
 * the sandbox's request log by website tells its cost exactly. Conversations unfold as Crisp sends
 * them (events 10 ms apart: origin and name, the first message, then phone, place, email), with
 * the default 3 s window. Phase 1 runs with Crisp not making profiles for emails; phase 2 brings
 * back visitors of phase 1 and lets Crisp link its own profile to email sessions. A verdict counts
 * what was made, not only what was spent: a scenario passes only if the CRM holds exactly the
 * contacts it should (a plugin that does nothing, or makes duplicates, fails) and the routes its
 * decision needs were used; each note lists the scenario's requests by route, from the sandbox's
 * log for its website. It runs under the sandbox's defaults, the least forgiving plausible Crisp
 * (reads and search lag writes, phones found only by a {@code person.phone} filter, a nickname
 * required), with channel-true visitors (Instagram senders have no phone).
 */
public final class RequestCost {

    static final String SECTION = "requests";
    private static final int PER_SCENARIO = 20;
    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String INSTAGRAM = "urn:crisp.im:instagram:0";
    private static final String AIRCALL = "urn:aircall.com:aircall:0";
    private static final String SMS = "urn:crisp.im:sms:0";

    /**
     * One scenario: its website's settings, the figure's goal (NaN for context figures), the
     * contacts its CRM must hold at the end, and the routes its decision needs, each at least once
     * per conversation.
     */
    private record Scenario(String key, String name, String settings, double goal, String why, int contacts,
                            List<String> needs) {
    }

    private static final List<String> CREATES = List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILES_SEARCH,
            SandboxRoutes.PROFILE_CREATE);
    private static final List<String> FINDS = List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILES_SEARCH);

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("new", "new phone-only visitor", "{}", 3,
                    "conversation snapshot, phone search, create", PER_SCENARIO, CREATES),
            new Scenario("emailOff", "new visitor with a real email, skip_if_email_exists off", "{\"skip_if_email_exists\":false}",
                    Double.NaN, "snapshot, GET by email, phone search, create (Crisp not making its own profile)",
                    PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILE_GET, SandboxRoutes.PROFILES_SEARCH,
                            SandboxRoutes.PROFILE_CREATE)),
            new Scenario("returning", "returning visitor (contact made by the plugin earlier)", "{}", 2,
                    "snapshot; the contact made here minutes ago is remembered (the search may not show it yet), no lookup;"
                            + " the CRM keeps phase 1's contacts, no duplicate",
                    PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION)),
            new Scenario("later", "the same phone on a second channel a minute later", "{}", 2,
                    "snapshot; remembered as for a returning visitor (the search index still lags a minute later)",
                    PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION)),
            new Scenario("phoneless", "phone-less sender (Instagram, nickname only)", "{}", 1,
                    "snapshot, then skipped as no_identifier (issue 15 changes that)", 0, List.of(SandboxRoutes.CONVERSATION)),
            new Scenario("known", "visitor already in the CRM (pre-loaded profile)", "{}", 2,
                    "snapshot, phone search finds the profile; no contact made", 0, FINDS),
            new Scenario("cross", "one phone on two channels at once (per conversation)", "{}", Double.NaN,
                    "per pair: 3 for the first, 1 (snapshot) for the second, serialised on (website, phone), the"
                            + " first's contact remembered", PER_SCENARIO / 2, FINDS),
            new Scenario("chat", "non-channel origin (chat)", "{}", 0, "decided by the message event's origin", 0, List.of()),
            new Scenario("disabled", "website with enabled=false", "{\"enabled\":false}", 0, "decided by settings", 0,
                    List.of()),
            new Scenario("notSelected", "channel not selected in settings", "{\"all_channels\":false,\"channels\":[\"instagram\"]}",
                    0, "decided by settings", 0, List.of()),
            new Scenario("emailOn", "visitor gives an email, skip_if_email_exists on", "{}", 0,
                    "decided by the session:set_email event within the window", 0, List.of()),
            new Scenario("linked", "Crisp links its own profile (people:bind:session)", "{\"skip_if_email_exists\":false}", 0,
                    "decided by the people:bind:session event within the window", 0, List.of()));

    private RequestCost() {
    }

    public static void run(Report report) throws Exception {
        SandboxOptions options = SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, Rig.UNLIMITED_QUOTA).set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false)
                .build();
        try (CrispSandbox crisp = CrispSandbox.start(options)) {
            Map<String, String> websites = new LinkedHashMap<>();
            for (Scenario scenario : SCENARIOS) {
                websites.put(scenario.key(), crisp.scenario().installWebsite("Cost " + scenario.key(),
                        scenario.settings()).websiteId());
            }
            List<String> knownPhones = new ArrayList<>();
            for (int i = 0; i < PER_SCENARIO; i++) {
                String phone = phone(7, i);
                knownPhones.add(phone);
                crisp.scenario().preloadProfile(websites.get("known"),
                        NewProfile.of("known" + i + "@shop.example", "Known", phone, "imported"));
            }
            try (InProcessPlugin plugin = InProcessPlugin.startReady(crisp, Map.of(
                    PluginConfiguration.DAILY_QUOTA, Rig.UNLIMITED_PLUGIN_QUOTA))) {
                // The start-up catch-up lists each enabled website's recent conversations (one request
                // each) on a thread of its own, after readiness: let it finish before counting.
                long enabled = SCENARIOS.stream().filter(s -> !s.key().equals("disabled")).count();
                Await.until(Duration.ofSeconds(10), Duration.ofMillis(20),
                        () -> crisp.requestLog().count(SandboxRoutes.CONVERSATIONS) >= enabled);
                quiet(crisp);
                report.say("requests: under the sandbox's unforgiving defaults (read lag %s, search lag %s, phone search %s,"
                        + " nickname required %s)", crisp.switches().get(SandboxSwitch.READ_LAG),
                        crisp.switches().get(SandboxSwitch.SEARCH_LAG), crisp.switches().get(SandboxSwitch.PHONE_SEARCH),
                        crisp.switches().get(SandboxSwitch.NICKNAME_REQUIRED));
                report.say("requests: phase 1 (new, email, known, cross-channel, phone-less, skips), %d conversations each",
                        PER_SCENARIO);
                Map<String, Map<String, Long>> before = byRoute(crisp, websites);
                List<CompletableFuture<Void>> starts = new ArrayList<>();
                for (int i = 0; i < PER_SCENARIO; i++) {
                    starts.add(start(crisp, websites.get("new"), channel(WHATSAPP, phone(1, i), null)));
                    starts.add(start(crisp, websites.get("emailOff"), channel(WHATSAPP, phone(2, i), "mail" + i + "@visitor.example")));
                    starts.add(start(crisp, websites.get("returning"), channel(WHATSAPP, phone(3, i), null)));
                    starts.add(start(crisp, websites.get("known"), channel(SMS, knownPhones.get(i), null)));
                    starts.add(start(crisp, websites.get("later"), channel(WHATSAPP, phone(0, i), null)));
                    starts.add(start(crisp, websites.get("phoneless"), channel(INSTAGRAM, null, null)));
                    starts.add(start(crisp, websites.get("chat"), Visitor.from("chat").withNickname("Chatty")));
                    starts.add(start(crisp, websites.get("disabled"), channel(WHATSAPP, phone(5, i), null)));
                    starts.add(start(crisp, websites.get("notSelected"), channel(WHATSAPP, phone(6, i), null)));
                    starts.add(start(crisp, websites.get("emailOn"), channel(WHATSAPP, phone(8, i), "on" + i + "@visitor.example")));
                    if (i % 2 == 0) {
                        String phone = phone(4, i);
                        starts.add(start(crisp, websites.get("cross"), channel(WHATSAPP, phone, null)));
                        starts.add(start(crisp, websites.get("cross"), channel(AIRCALL, spaced(phone), null)));
                    }
                }
                settle(plugin, starts);
                Map<String, Map<String, Long>> afterPhase1 = byRoute(crisp, websites);

                report.say("requests: phase 2, a minute later for the CRM (returning visitors, second channels,"
                        + " Crisp-linked email profiles)");
                crisp.scenario().ageCrm(Duration.ofMinutes(1));
                crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, true);
                starts.clear();
                for (int i = 0; i < PER_SCENARIO; i++) {
                    starts.add(start(crisp, websites.get("returning"), channel(WHATSAPP, phone(3, i), null)));
                    starts.add(start(crisp, websites.get("later"), channel(SMS, phone(0, i), null)));
                    starts.add(start(crisp, websites.get("linked"), channel(WHATSAPP, phone(9, i), "linked" + i + "@visitor.example")));
                }
                settle(plugin, starts);
                Map<String, Map<String, Long>> afterPhase2 = byRoute(crisp, websites);

                for (Scenario scenario : SCENARIOS) {
                    String website = websites.get(scenario.key());
                    Map<String, Long> routes = switch (scenario.key()) {
                        case "returning", "linked", "later" -> delta(afterPhase2.get(website), afterPhase1.get(website));
                        default -> delta(afterPhase1.get(website), before.get(website));
                    };
                    long requests = routes.values().stream().mapToLong(Long::longValue).sum();
                    int conversations = PER_SCENARIO;
                    double perConversation = (double) requests / conversations;
                    long made = crisp.scenario().crm(website).stream()
                            .filter(p -> p.phone() != null && !p.segments().contains("imported")).count();
                    List<String> unmet = unmet(scenario, routes, made, conversations);
                    String note = String.format("%d requests for %d conversations (%s): %s; %d contacts in the CRM, %d "
                                    + "expected%s; settings %s, 3 s window, events 10 ms apart", requests, conversations,
                            scenario.why(), routes.isEmpty() ? "none" : routes, made, scenario.contacts(),
                            unmet.isEmpty() ? "" : "; MISS because " + String.join(", ", unmet), scenario.settings());
                    report.add(figure(scenario, perConversation, unmet.isEmpty(), note));
                }
            }
        }
    }

    private static Visitor channel(String origin, String phone, String email) {
        return Visitor.from(origin).withNickname("Visitor").withPhone(phone).withEmail(email);
    }

    private static CompletableFuture<Void> start(CrispSandbox crisp, String website, Visitor visitor) {
        return crisp.scenario().startConversation(website, visitor).started();
    }

    /** Waits for every start to be emitted, then for the windows to close and the captures to end. */
    private static void settle(InProcessPlugin plugin, List<CompletableFuture<Void>> starts) throws Exception {
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        // The last window opened at most now; it closes 3 s later. Then nothing may stay open or run.
        Await.pause(Duration.ofMillis(3_100));
        if (!Await.until(Duration.ofSeconds(30), Duration.ofMillis(50), plugin::idle)) {
            throw new IllegalStateException("captures did not end within 30 s: " + plugin.gauges());
        }
    }

    /** Waits until no request has reached the sandbox for half a second. */
    private static void quiet(CrispSandbox crisp) {
        long[] last = {crisp.requestLog().total(), System.nanoTime()};
        Await.until(Duration.ofSeconds(10), Duration.ofMillis(50), () -> {
            long now = crisp.requestLog().total();
            if (now != last[0]) {
                last[0] = now;
                last[1] = System.nanoTime();
            }
            return System.nanoTime() - last[1] > 500_000_000L;
        });
    }

    /** A context figure stays INFO unless what was made is wrong; a goal passes only if what was made is right. */
    private static Figure figure(Scenario scenario, double perConversation, boolean madeRight, String note) {
        if (Double.isNaN(scenario.goal())) {
            return madeRight ? Figure.info(SECTION, scenario.name(), perConversation, "req", note)
                    : new Figure(SECTION, scenario.name(), perConversation, "req", "contacts as expected", Figure.MISS, note);
        }
        Figure spent = Figure.atMost(SECTION, scenario.name(), perConversation, "req", scenario.goal(), note);
        return madeRight ? spent : new Figure(spent.section(), spent.name(), spent.value(), spent.unit(), spent.goal(),
                Figure.MISS, note);
    }

    /** What the scenario's outcome got wrong: the CRM's contact count, or a route its decision needs left unused. */
    private static List<String> unmet(Scenario scenario, Map<String, Long> routes, long made, int conversations) {
        List<String> unmet = new ArrayList<>();
        if (made != scenario.contacts()) {
            unmet.add(made + " contacts instead of " + scenario.contacts());
        }
        for (String route : scenario.needs()) {
            long used = routes.getOrDefault(route, 0L);
            long needed = route.equals(SandboxRoutes.PROFILE_CREATE) || scenario.key().equals("cross")
                    ? Math.min(conversations, Math.max(scenario.contacts(), 1)) : conversations;
            if (used < needed) {
                unmet.add(route + " used " + used + " times, fewer than " + needed);
            }
        }
        return unmet;
    }

    private static Map<String, Map<String, Long>> byRoute(CrispSandbox crisp, Map<String, String> websites) {
        Map<String, Map<String, Long>> routes = new LinkedHashMap<>();
        websites.values().forEach(website -> routes.put(website, crisp.requestLog().byRoute(website)));
        return routes;
    }

    /** The requests made between two snapshots, by route, routes with none left out, in route order. */
    private static Map<String, Long> delta(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> made = new java.util.TreeMap<>();
        after.forEach((route, count) -> {
            long since = count - before.getOrDefault(route, 0L);
            if (since != 0) {
                made.put(route, since);
            }
        });
        return made;
    }

    private static String phone(int scenario, int i) {
        return String.format("+3519%d%07d", scenario, i);
    }

    private static String spaced(String e164) {
        String national = e164.substring(4);
        return e164.substring(0, 4) + " " + national.substring(0, 3) + " " + national.substring(3, 6) + " "
                + national.substring(6);
    }
}
