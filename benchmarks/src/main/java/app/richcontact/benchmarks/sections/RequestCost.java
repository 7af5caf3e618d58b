package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Await;
import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.InProcessPlugin;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.harness.Rig;
import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
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
 * Crisp requests per conversation, by scenario, with the new defaults and with every extra off:
 * each scenario runs on a website of its own, so the sandbox's request log by website tells its
 * cost exactly. Conversations unfold as Crisp sends them (events 10 ms apart: origin and name, the
 * first message, then phone, place, email), with the default 3 s window. Phase 1 runs with Crisp
 * not making profiles for emails and makes the first contacts; phase 2 brings back visitors of
 * phase 1 a minute later (returning visitors, second channels, the Brazilian visitor's other written
 * form, a phone-less sender writing again in the same session) and lets Crisp link its own profile to
 * email sessions; phase 3 has phase 1's visitors give a real email after their contact was made,
 * first with Crisp making its own profile for the email, then without. A verdict counts what was
 * made, not only what was spent: a scenario passes only if the CRM holds exactly the contacts it
 * should, none twice (a placeholder superseded by a profile holding the visitor's email is not a
 * second contact), and the routes its decision needs were used; each note lists the scenario's
 * requests by route, from the sandbox's log for its website. It runs under the sandbox's defaults,
 * the least forgiving plausible Crisp (reads and search lag writes, phones found only by a
 * {@code person.phone} filter, a nickname required, a meta email that links nothing), with
 * channel-true visitors (Instagram senders have no phone).
 */
public final class RequestCost {

    static final String SECTION = "requests";
    private static final int PER_SCENARIO = 20;
    private static final int DEFAULT_DAILY_QUOTA = 5_000;
    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String INSTAGRAM = "urn:crisp.im:instagram:0";
    private static final String AIRCALL = "urn:aircall.com:aircall:0";
    private static final String SMS = "urn:crisp.im:sms:0";
    private static final String EXTRAS_OFF = "{\"attach_conversation\":false,\"phoneless_senders\":false,"
            + "\"upgrade_on_late_email\":false,\"unsubscribe_placeholders\":false,\"profile_event\":false}";
    private static final String SUPERSEDED = "superseded";
    private static final Duration UPGRADE_DEADLINE = Duration.ofSeconds(60);

    /** When a scenario's requests are counted: the phase whose conversations or emails it measures. */
    private enum Phase { FIRST, LATER, LATE_EMAIL_NATIVE, LATE_EMAIL_OWN }

    /**
     * One scenario: its website's settings, the phase it is measured in, the figure's goal (NaN for
     * context figures), the contacts its CRM must hold at the end, and the routes its decision
     * needs, each at least once per conversation.
     */
    private record Scenario(String key, String name, String settings, Phase phase, double goal, String why,
                            int contacts, List<String> needs) {
    }

    private static final List<String> CREATES = List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILES_SEARCH,
            SandboxRoutes.PROFILE_CREATE);
    private static final List<String> CREATES_AND_FOLLOWS = List.of(SandboxRoutes.CONVERSATION,
            SandboxRoutes.PROFILES_SEARCH, SandboxRoutes.PROFILE_CREATE, SandboxRoutes.CONVERSATION_META_PATCH,
            SandboxRoutes.SUBSCRIPTION_PATCH);
    private static final List<String> FINDS = List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILES_SEARCH);

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("new", "new phone visitor", "{}", Phase.FIRST, 5,
                    "snapshot, phone search, create, attach, unsubscribe", PER_SCENARIO, CREATES_AND_FOLLOWS),
            new Scenario("newOff", "new phone visitor, every extra off", EXTRAS_OFF, Phase.FIRST, 3,
                    "snapshot, phone search, create", PER_SCENARIO, CREATES),
            new Scenario("newEvent", "new phone visitor, profile_event on", "{\"profile_event\":true}", Phase.FIRST, 6,
                    "snapshot, phone search, create, attach, unsubscribe, event", PER_SCENARIO,
                    List.of(SandboxRoutes.PROFILE_CREATE, SandboxRoutes.PROFILE_EVENT_ADD)),
            new Scenario("emailOff", "new visitor with a real email, skip_if_email_exists off", "{\"skip_if_email_exists\":false}",
                    Phase.FIRST, Double.NaN, "snapshot, GET by email, phone search, create, attach (a real email: no"
                    + " unsubscribe; Crisp not making its own profile)", PER_SCENARIO,
                    List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILE_GET, SandboxRoutes.PROFILES_SEARCH,
                            SandboxRoutes.PROFILE_CREATE)),
            new Scenario("returning", "returning visitor (contact made by the plugin earlier)", "{}", Phase.LATER, 2,
                    "snapshot, attach; the contact made here a minute ago is remembered (the search may not show it yet),"
                            + " no lookup; the CRM keeps phase 1's contacts, no duplicate",
                    PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.CONVERSATION_META_PATCH)),
            new Scenario("returningOff", "returning visitor, every extra off", EXTRAS_OFF, Phase.LATER, 1,
                    "snapshot; remembered, no lookup", PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION)),
            new Scenario("later", "the same phone on a second channel a minute later", "{}", Phase.LATER, 2,
                    "snapshot, attach; remembered as for a returning visitor (the search index still lags a minute later)",
                    PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.CONVERSATION_META_PATCH)),
            new Scenario("laterOff", "the same phone on a second channel a minute later, every extra off", EXTRAS_OFF,
                    Phase.LATER, 1, "snapshot; remembered", PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION)),
            new Scenario("known", "visitor already in the CRM (pre-loaded profile)", "{}", Phase.FIRST, 3,
                    "snapshot, phone search finds the profile, attach; no contact made", 0,
                    List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.PROFILES_SEARCH, SandboxRoutes.CONVERSATION_META_PATCH)),
            new Scenario("knownOff", "visitor already in the CRM, every extra off", EXTRAS_OFF, Phase.FIRST, 2,
                    "snapshot, phone search finds the profile; no contact made", 0, FINDS),
            new Scenario("phoneless", "phone-less sender (Instagram, nickname only), first conversation", "{}", Phase.FIRST,
                    5, "snapshot, lookup by the session's placeholder, create, attach, unsubscribe", PER_SCENARIO,
                    CREATES_AND_FOLLOWS.subList(2, 5)),
            new Scenario("phonelessOff", "phone-less sender, first conversation, every extra off", EXTRAS_OFF, Phase.FIRST,
                    1, "snapshot, then skipped as no_identifier", 0, List.of(SandboxRoutes.CONVERSATION)),
            new Scenario("phonelessAgain", "phone-less sender, the same session again", "{}", Phase.LATER, 0,
                    "the session was decided: its new message costs nothing; still one contact", PER_SCENARIO, List.of()),
            new Scenario("phonelessAgainOff", "phone-less sender, the same session again, every extra off", EXTRAS_OFF,
                    Phase.LATER, 0, "the session was decided", 0, List.of()),
            new Scenario("brazil", "Brazilian visitor without the 9th digit after one with it", "{}", Phase.LATER, 2,
                    "snapshot, attach; both written forms are one subscriber, remembered from the first creation",
                    PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION, SandboxRoutes.CONVERSATION_META_PATCH)),
            new Scenario("brazilOff", "Brazilian visitor without the 9th digit after one with it, every extra off",
                    EXTRAS_OFF, Phase.LATER, 1, "snapshot; remembered", PER_SCENARIO, List.of(SandboxRoutes.CONVERSATION)),
            new Scenario("lateNative", "real email given after the contact was made, Crisp makes its own profile", "{}",
                    Phase.LATE_EMAIL_NATIVE, 5, "both profiles read, both written (Crisp's completed, the placeholder marked"
                    + " superseded), the meta patched; the upgrade only", PER_SCENARIO,
                    List.of(SandboxRoutes.PROFILE_GET, SandboxRoutes.PROFILE_PATCH, SandboxRoutes.CONVERSATION_META_PATCH)),
            new Scenario("lateNativeOff", "real email given after the contact was made, Crisp makes its own profile,"
                    + " every extra off", EXTRAS_OFF, Phase.LATE_EMAIL_NATIVE, 0,
                    "no upgrade: Crisp's own profile for the email (no phone) stays beside the placeholder", PER_SCENARIO,
                    List.of()),
            new Scenario("lateOwn", "real email given after the contact was made, no profile for it", "{}",
                    Phase.LATE_EMAIL_OWN, 3, "GET by email (404), the placeholder takes the email, the meta patched;"
                    + " the upgrade only", PER_SCENARIO,
                    List.of(SandboxRoutes.PROFILE_GET, SandboxRoutes.PROFILE_PATCH, SandboxRoutes.CONVERSATION_META_PATCH)),
            new Scenario("lateOwnOff", "real email given after the contact was made, no profile for it, every extra off",
                    EXTRAS_OFF, Phase.LATE_EMAIL_OWN, 0, "no upgrade: the placeholder stays", PER_SCENARIO, List.of()),
            new Scenario("cross", "one phone on two channels at once (per conversation)", "{}", Phase.FIRST, Double.NaN,
                    "per pair: the first's cost, and for the second a snapshot and an attach, serialised on (website,"
                            + " phone), the first's contact remembered", PER_SCENARIO / 2, FINDS),
            new Scenario("chat", "non-channel origin (chat)", "{}", Phase.FIRST, 0, "decided by the message event's origin", 0,
                    List.of()),
            new Scenario("disabled", "website with enabled=false", "{\"enabled\":false}", Phase.FIRST, 0,
                    "decided by settings", 0, List.of()),
            new Scenario("notSelected", "channel not selected in settings", "{\"all_channels\":false,\"channels\":[\"instagram\"]}",
                    Phase.FIRST, 0, "decided by settings", 0, List.of()),
            new Scenario("emailOn", "visitor gives an email, skip_if_email_exists on", "{}", Phase.FIRST, 0,
                    "decided by the session:set_email event within the window", 0, List.of()),
            new Scenario("linked", "Crisp links its own profile (people:bind:session)", "{\"skip_if_email_exists\":false}",
                    Phase.LATER, 0, "decided by the people:bind:session event within the window", 0, List.of()));

    /** Scenarios measured on another scenario's website: a later phase of its conversations. */
    private static final Map<String, String> MEASURED_ON = Map.of("phonelessAgain", "phoneless",
            "phonelessAgainOff", "phonelessOff");

    private RequestCost() {
    }

    public static void run(Report report) throws Exception {
        SandboxOptions options = SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, Rig.UNLIMITED_QUOTA)
                .set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false).build();
        try (CrispSandbox crisp = CrispSandbox.start(options)) {
            Map<String, String> websites = new LinkedHashMap<>();
            for (Scenario scenario : SCENARIOS) {
                if (!MEASURED_ON.containsKey(scenario.key())) {
                    websites.put(scenario.key(), crisp.scenario().installWebsite("Cost " + scenario.key(),
                            scenario.settings()).websiteId());
                }
            }
            MEASURED_ON.forEach((scenario, on) -> websites.put(scenario, websites.get(on)));
            List<String> knownPhones = new ArrayList<>();
            for (int i = 0; i < PER_SCENARIO; i++) {
                String phone = phone(7, i);
                knownPhones.add(phone);
                for (String known : List.of("known", "knownOff")) {
                    crisp.scenario().preloadProfile(websites.get(known),
                            NewProfile.of(known + i + "@shop.example", "Known", phone, "imported"));
                }
            }
            try (InProcessPlugin plugin = InProcessPlugin.startReady(crisp, Map.of(
                    PluginConfiguration.DAILY_QUOTA, Rig.UNLIMITED_PLUGIN_QUOTA))) {
                // The start-up catch-up lists each enabled website's recent conversations (one request
                // each) on a thread of its own, after readiness: let it finish before counting.
                long enabled = websites.values().stream().distinct().count() - 1;
                Await.until(Duration.ofSeconds(10), Duration.ofMillis(20),
                        () -> crisp.requestLog().count(SandboxRoutes.CONVERSATIONS) >= enabled);
                quiet(crisp);
                report.say("requests: under the sandbox's unforgiving defaults (read lag %s, search lag %s, phone search %s,"
                        + " nickname required %s, meta email links %s)", crisp.switches().get(SandboxSwitch.READ_LAG),
                        crisp.switches().get(SandboxSwitch.SEARCH_LAG), crisp.switches().get(SandboxSwitch.PHONE_SEARCH),
                        crisp.switches().get(SandboxSwitch.NICKNAME_REQUIRED),
                        crisp.switches().get(SandboxSwitch.META_EMAIL_LINKS));
                report.say("requests: phase 1 (new, email, known, cross-channel, phone-less, skips), %d conversations each",
                        PER_SCENARIO);
                Map<Phase, Map<String, Map<String, Long>>> before = new java.util.EnumMap<>(Phase.class);
                before.put(Phase.FIRST, byRoute(crisp, websites));
                Map<String, List<Conversation>> started = new LinkedHashMap<>();
                List<CompletableFuture<Void>> starts = new ArrayList<>();
                for (int i = 0; i < PER_SCENARIO; i++) {
                    String i1 = Integer.toString(i);
                    for (String key : List.of("new", "newOff", "newEvent")) {
                        starts.add(start(crisp, websites.get(key), channel(WHATSAPP, phone(1, i), null), started, key));
                    }
                    starts.add(start(crisp, websites.get("emailOff"), channel(WHATSAPP, phone(2, i), "mail" + i1
                            + "@visitor.example"), started, "emailOff"));
                    for (String key : List.of("returning", "returningOff")) {
                        starts.add(start(crisp, websites.get(key), channel(WHATSAPP, phone(3, i), null), started, key));
                    }
                    for (String key : List.of("known", "knownOff")) {
                        starts.add(start(crisp, websites.get(key), channel(SMS, knownPhones.get(i), null), started, key));
                    }
                    for (String key : List.of("later", "laterOff")) {
                        starts.add(start(crisp, websites.get(key), channel(WHATSAPP, phone(0, i), null), started, key));
                    }
                    for (String key : List.of("phoneless", "phonelessOff")) {
                        Visitor sender = Visitor.from(INSTAGRAM).withNickname("sender." + i1);
                        starts.add(start(crisp, websites.get(key), sender, started, key));
                    }
                    for (String key : List.of("brazil", "brazilOff")) {
                        starts.add(start(crisp, websites.get(key), channel(WHATSAPP, brazilian(i, true), null), started, key));
                    }
                    for (String key : List.of("lateNative", "lateNativeOff", "lateOwn", "lateOwnOff")) {
                        starts.add(start(crisp, websites.get(key), channel(WHATSAPP, phone(9, i), null), started, key));
                    }
                    starts.add(start(crisp, websites.get("chat"), Visitor.from("chat").withNickname("Chatty"), started, "chat"));
                    starts.add(start(crisp, websites.get("disabled"), channel(WHATSAPP, phone(5, i), null), started,
                            "disabled"));
                    starts.add(start(crisp, websites.get("notSelected"), channel(WHATSAPP, phone(6, i), null), started,
                            "notSelected"));
                    starts.add(start(crisp, websites.get("emailOn"), channel(WHATSAPP, phone(8, i), "on" + i1
                            + "@visitor.example"), started, "emailOn"));
                    if (i % 2 == 0) {
                        String phone = phone(4, i);
                        starts.add(start(crisp, websites.get("cross"), channel(WHATSAPP, phone, null), started, "cross"));
                        starts.add(start(crisp, websites.get("cross"), channel(AIRCALL, spaced(phone), null), started,
                                "cross"));
                    }
                }
                settle(plugin, starts);
                before.put(Phase.LATER, byRoute(crisp, websites));

                report.say("requests: phase 2, a minute later for the CRM (returning visitors, second channels, the"
                        + " Brazilian visitors' other form, phone-less senders writing again, Crisp-linked email profiles)");
                crisp.scenario().ageCrm(Duration.ofMinutes(1));
                crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, true);
                starts.clear();
                for (int i = 0; i < PER_SCENARIO; i++) {
                    for (String key : List.of("returning", "returningOff")) {
                        starts.add(start(crisp, websites.get(key), channel(WHATSAPP, phone(3, i), null), started, key));
                    }
                    for (String key : List.of("later", "laterOff")) {
                        starts.add(start(crisp, websites.get(key), channel(SMS, phone(0, i), null), started, key));
                    }
                    for (String key : List.of("brazil", "brazilOff")) {
                        starts.add(start(crisp, websites.get(key), channel(WHATSAPP, brazilian(i, false), null), started, key));
                    }
                    starts.add(start(crisp, websites.get("linked"), channel(WHATSAPP, phone(9, i), "linked" + i
                            + "@visitor.example"), started, "linked"));
                }
                for (String key : List.of("phoneless", "phonelessOff")) {
                    started.get(key).forEach(conversation -> conversation.visitorMessage("me again"));
                }
                settle(plugin, starts);

                before.put(Phase.LATE_EMAIL_NATIVE, byRoute(crisp, websites));
                report.say("requests: phase 3, phase 1's visitors give a real email after their contact was made, Crisp"
                        + " making its own profile for it");
                lateEmails(crisp, plugin, websites, started, Phase.LATE_EMAIL_NATIVE, before.get(Phase.LATE_EMAIL_NATIVE));
                before.put(Phase.LATE_EMAIL_OWN, byRoute(crisp, websites));
                report.say("requests: phase 4, the same without Crisp's own profiles for emails");
                crisp.switches().set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false);
                lateEmails(crisp, plugin, websites, started, Phase.LATE_EMAIL_OWN, before.get(Phase.LATE_EMAIL_OWN));
                Map<String, Map<String, Long>> after = byRoute(crisp, websites);

                Map<String, Double> measured = new LinkedHashMap<>();
                for (Scenario scenario : SCENARIOS) {
                    String website = websites.get(scenario.key());
                    Phase next = scenario.phase().ordinal() + 1 < Phase.values().length
                            ? Phase.values()[scenario.phase().ordinal() + 1] : null;
                    Map<String, Map<String, Long>> end = next == null ? after : before.get(next);
                    Map<String, Long> routes = delta(end.get(website), before.get(scenario.phase()).get(website));
                    long requests = routes.values().stream().mapToLong(Long::longValue).sum();
                    int conversations = PER_SCENARIO;
                    double perConversation = (double) requests / conversations;
                    measured.put(scenario.key(), perConversation);
                    List<CrmProfile> made = crisp.scenario().crm(website).stream().filter(RequestCost::madeByThePlugin)
                            .toList();
                    List<String> unmet = unmet(scenario, routes, made, conversations);
                    String note = String.format("%d requests for %d conversations (%s): %s; %d contacts in the CRM, %d "
                                    + "expected%s; settings %s, 3 s window, events 10 ms apart", requests, conversations,
                            scenario.why(), routes.isEmpty() ? "none" : routes, made.size(), scenario.contacts(),
                            unmet.isEmpty() ? "" : "; MISS because " + String.join(", ", unmet), scenario.settings());
                    report.add(figure(scenario, perConversation, unmet.isEmpty(), note));
                }
                report.say("requests: the default %,d-request daily quota allows %,d new contacts a day under the"
                                + " defaults (%.1f requests per new phone visitor) and %,d with every extra off (%.1f)",
                        DEFAULT_DAILY_QUOTA, contactsADay(measured.get("new")), measured.get("new"),
                        contactsADay(measured.get("newOff")), measured.get("newOff"));
            }
        }
    }

    /** New contacts a day the default quota pays for at {@code perContact} requests each. */
    private static long contactsADay(double perContact) {
        return (long) Math.floor(DEFAULT_DAILY_QUOTA / perContact);
    }

    /**
     * Each of phase 1's visitors of the phase's late-email scenarios gives a real email; waits until
     * every upgrade that should happen attached its conversation (its last step), then for quiet.
     */
    private static void lateEmails(CrispSandbox crisp, InProcessPlugin plugin, Map<String, String> websites,
                                   Map<String, List<Conversation>> started, Phase phase,
                                   Map<String, Map<String, Long>> before) throws Exception {
        List<Scenario> scenarios = SCENARIOS.stream().filter(s -> s.phase() == phase).toList();
        int n = 0;
        for (Scenario scenario : scenarios) {
            for (Conversation conversation : started.get(scenario.key())) {
                crisp.scenario().visitorGivesEmail(conversation.websiteId(), conversation.sessionId(),
                        "late" + n++ + "." + scenario.key().toLowerCase(java.util.Locale.ROOT) + "@visitor.example");
            }
        }
        List<Scenario> upgrading = scenarios.stream().filter(s -> s.goal() > 0).toList();
        boolean done = Await.until(UPGRADE_DEADLINE, Duration.ofMillis(100), () -> upgrading.stream().allMatch(s -> {
            String website = websites.get(s.key());
            return crisp.requestLog().byRoute(website).getOrDefault(SandboxRoutes.CONVERSATION_META_PATCH, 0L)
                    - before.get(website).getOrDefault(SandboxRoutes.CONVERSATION_META_PATCH, 0L) >= PER_SCENARIO;
        }));
        if (!done) {
            throw new IllegalStateException("late-email upgrades did not end within " + UPGRADE_DEADLINE);
        }
        quiet(crisp);
        if (!Await.until(Duration.ofSeconds(30), Duration.ofMillis(50), plugin::idle)) {
            throw new IllegalStateException("captures did not end within 30 s: " + plugin.gauges());
        }
    }

    /** A contact the plugin made (with a phone, or a placeholder), not pre-loaded and not superseded by a real email's profile. */
    private static boolean madeByThePlugin(CrmProfile profile) {
        return (profile.phone() != null || profile.email().endsWith(".nomail")) && !profile.segments().contains("imported")
                && !profile.segments().contains(SUPERSEDED);
    }

    private static Visitor channel(String origin, String phone, String email) {
        return Visitor.from(origin).withNickname("Visitor").withPhone(phone).withEmail(email);
    }

    private static CompletableFuture<Void> start(CrispSandbox crisp, String website, Visitor visitor,
                                                 Map<String, List<Conversation>> started, String key) {
        Conversation conversation = crisp.scenario().startConversation(website, visitor);
        started.computeIfAbsent(key, k -> new ArrayList<>()).add(conversation);
        return conversation.started();
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
    private static List<String> unmet(Scenario scenario, Map<String, Long> routes, List<CrmProfile> made,
                                      int conversations) {
        List<String> unmet = new ArrayList<>();
        if (made.size() != scenario.contacts()) {
            unmet.add(made.size() + " contacts instead of " + scenario.contacts());
        }
        long people = made.stream().map(p -> p.phone() == null ? p.email() : subscriber(p.phone())).distinct().count();
        if (people != made.size()) {
            unmet.add((made.size() - people) + " duplicates");
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

    /** A Brazilian mobile of São Paulo, with or without its 9th digit (two written forms of one subscriber). */
    private static String brazilian(int i, boolean ninthDigit) {
        return String.format("+5511%s8%07d", ninthDigit ? "9" : "", i);
    }

    /** The phone's digits, a Brazilian mobile's without its 9th digit: one key per subscriber, for counting duplicates. */
    private static String subscriber(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.startsWith("5511") && digits.length() == 13 ? "5511" + digits.substring(5) : digits;
    }

    private static String spaced(String e164) {
        String national = e164.substring(4);
        return e164.substring(0, 4) + " " + national.substring(0, 3) + " " + national.substring(3, 6) + " "
                + national.substring(6);
    }
}
