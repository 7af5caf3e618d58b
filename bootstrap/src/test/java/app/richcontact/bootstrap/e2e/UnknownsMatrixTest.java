package app.richcontact.bootstrap.e2e;

import static app.richcontact.bootstrap.e2e.RunningPlugin.bearer;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.MetaEmailLinks;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.PhoneSearch;
import app.richcontact.sandbox.ProfilePersonUpdate;
import app.richcontact.sandbox.ProfileSegmentsUpdate;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SenderSessions;
import app.richcontact.sandbox.SettingsEvents;
import app.richcontact.sandbox.SubscriptionEvents;
import app.richcontact.sandbox.Visitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios that matter, run against Crisp as it may really be: under each variant of what
 * Crisp does not document on its own (the other switches at the sandbox's least forgiving
 * defaults), under all the unforgiving ones together (the defaults), and all the forgiving ones
 * together. Each variant has its own sandbox and plugin, and they run in parallel. In each, the
 * plugin makes exactly the contacts expected, none twice, and hears every website it is
 * installed on (a new install and a reinstall get their contact).
 */
@Execution(ExecutionMode.CONCURRENT)
class UnknownsMatrixTest {

    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String AIRCALL = "urn:aircall.com:aircall:0";
    private static final String SMS = "urn:crisp.im:sms:0";
    private static final String INSTAGRAM = "urn:crisp.im:instagram:0";

    /**
     * One way Crisp may behave: a name, what it does to the sandbox's options, and the plugin's
     * configuration for it (what {@code ./rich-contact probe} would print; empty: the defaults).
     */
    record Variant(String name, UnaryOperator<SandboxOptions.Builder> crisp, Map<String, String> plugin) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** One line per variant; a new switch adds its variants here (and to "all forgiving together"). */
    static Stream<Variant> variants() {
        return Stream.of(
                new Variant("all unforgiving together (the sandbox's defaults)", crisp -> crisp, Map.of()),
                new Variant("reads fresh (read lag 0)", crisp -> crisp.set(SandboxSwitch.READ_LAG, Duration.ZERO), Map.of()),
                new Variant("search fresh (search lag 0)", crisp -> crisp.set(SandboxSwitch.SEARCH_LAG, Duration.ZERO), Map.of()),
                new Variant("phones found by search_text", crisp -> crisp.set(SandboxSwitch.PHONE_SEARCH,
                        Set.of(PhoneSearch.SEARCH_TEXT_DIGITS)), Map.of(PluginConfiguration.PHONE_SEARCH, "search_text")),
                new Variant("phones found by a phone filter", crisp -> crisp.set(SandboxSwitch.PHONE_SEARCH,
                        Set.of(PhoneSearch.FILTER_PHONE)), Map.of(PluginConfiguration.PHONE_SEARCH, "filter_phone")),
                new Variant("phones found by a phone filter, plugin defaults", crisp -> crisp.set(SandboxSwitch.PHONE_SEARCH,
                        Set.of(PhoneSearch.FILTER_PHONE)), Map.of()),
                new Variant("nickname optional", crisp -> crisp.set(SandboxSwitch.NICKNAME_REQUIRED, false), Map.of()),
                new Variant("installs announced to every socket", crisp -> crisp.set(SandboxSwitch.SUBSCRIPTION_EVENTS,
                        SubscriptionEvents.ALL_SUBSCRIBED), Map.of()),
                new Variant("uninstalled website answers 404", crisp -> crisp.set(SandboxSwitch.UNINSTALLED_STATUS, 404),
                        Map.of()),
                new Variant("settings events carry the whole document", crisp -> crisp.set(SandboxSwitch.SETTINGS_EVENTS,
                        SettingsEvents.WHOLE), Map.of()),
                new Variant("saved settings not validated", crisp -> crisp.set(SandboxSwitch.VALIDATE_SETTINGS, false),
                        Map.of()),
                new Variant("meta email links the session", crisp -> crisp.set(SandboxSwitch.META_EMAIL_LINKS,
                        MetaEmailLinks.LINKS), Map.of()),
                new Variant("profile segments merged on update", crisp -> crisp.set(SandboxSwitch.PROFILE_SEGMENTS_UPDATE,
                        ProfileSegmentsUpdate.MERGE), Map.of()),
                new Variant("one session per sender", crisp -> crisp.set(SandboxSwitch.SENDER_SESSIONS,
                        SenderSessions.ONE_PER_SENDER), Map.of()),
                new Variant("all forgiving together", crisp -> crisp.set(SandboxSwitch.READ_LAG, Duration.ZERO)
                        .set(SandboxSwitch.SEARCH_LAG, Duration.ZERO).set(SandboxSwitch.NICKNAME_REQUIRED, false)
                        .set(SandboxSwitch.PHONE_SEARCH, EnumSet.allOf(PhoneSearch.class))
                        .set(SandboxSwitch.SUBSCRIPTION_EVENTS, SubscriptionEvents.ALL_SUBSCRIBED)
                        .set(SandboxSwitch.UNINSTALLED_STATUS, 404).set(SandboxSwitch.SETTINGS_EVENTS, SettingsEvents.WHOLE)
                        .set(SandboxSwitch.VALIDATE_SETTINGS, false)
                        .set(SandboxSwitch.META_EMAIL_LINKS, MetaEmailLinks.LINKS)
                        .set(SandboxSwitch.PROFILE_SEGMENTS_UPDATE, ProfileSegmentsUpdate.MERGE)
                        .set(SandboxSwitch.PROFILE_PERSON_UPDATE, ProfilePersonUpdate.MERGE)
                        .set(SandboxSwitch.SENDER_SESSIONS, SenderSessions.ONE_PER_SENDER), Map.of()));
    }

    private static String settingsSchema() {
        try {
            return Files.readString(SettingsAndInstallationsScenarios.SETTINGS_SCHEMA);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The contacts a phone-less sender who writes again gets. Nothing Crisp gives tells that sender
     * apart from a new one in a new session, so each session gets its contact: one when the channel
     * keeps the sender's session, two when each conversation is a new session.
     */
    static int contactsOfAPhonelessSenderWritingAgain(SenderSessions sessions) {
        return sessions == SenderSessions.ONE_PER_SENDER ? 1 : 2;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void every_scenario_makes_exactly_the_expected_contacts_none_twice(Variant variant) {
        try (CrispSandbox crisp = CrispSandbox.start(variant.crisp().apply(RunningPlugin.sandboxOptions()
                .set(SandboxOptions.SETTINGS_SCHEMA, settingsSchema())).build())) {
            new Run(crisp, variant).play();
        }
    }

    /** The scenarios of one variant: the websites, the conversations, then what the CRM must hold. */
    private static final class Run {

        private final CrispSandbox crisp;
        private final Variant variant;
        private final Map<String, Integer> expected = new LinkedHashMap<>();
        private final Map<String, InstalledWebsite> websites = new LinkedHashMap<>();
        private final Set<String> sessions = new HashSet<>();
        private int conversations;

        Run(CrispSandbox crisp, Variant variant) {
            this.crisp = crisp;
            this.variant = variant;
        }

        private InstalledWebsite website(String scenario, int contacts) {
            InstalledWebsite website = RunningPlugin.install(crisp, scenario, "{}");
            websites.put(scenario, website);
            expected.put(scenario, contacts);
            return website;
        }

        /** Starts a conversation; one that goes on in a session the plugin has seen ends no capture of its own. */
        private void converse(InstalledWebsite website, Visitor visitor) {
            if (sessions.add(crisp.scenario().startConversation(website.websiteId(), visitor).sessionId())) {
                conversations++;
            }
        }

        private static Visitor visitor(String origin, Canaries.Phone phone) {
            return Visitor.from(origin).withNickname(Canaries.name()).withPhone(phone.e164());
        }

        void play() {
            InstalledWebsite newVisitor = website("new phone-only visitor", 1);
            InstalledWebsite returning = website("returning visitor", 1);
            InstalledWebsite known = website("visitor already in the CRM", 0);
            InstalledWebsite atOnce = website("one phone on two channels at once", 1);
            InstalledWebsite later = website("the same phone on a second channel a minute later", 1);
            InstalledWebsite phoneless = website("a phone-less sender", 1);
            InstalledWebsite writesAgain = website("a phone-less sender who writes again",
                    contactsOfAPhonelessSenderWritingAgain(crisp.switches().get(SandboxSwitch.SENDER_SESSIONS)));
            InstalledWebsite dashboard = website("settings saved in the dashboard", 1);
            InstalledWebsite uninstalled = website("uninstall then install again", 1);
            Canaries.Phone inCrm = Canaries.phone();
            // Stored in E.164, as Crisp's API stores what clients send: a filter's eq cannot match a number stored with
            // spaces (README of the sandbox, "What Crisp does not document"); the visitor writes it as it likes.
            crisp.scenario().preloadProfile(known.websiteId(), NewProfile.of(Canaries.email(), Canaries.name(), inCrm.e164()));

            // Installs heard only by the poll (installs announced to bound sockets only) are found within a second here.
            Map<String, String> environment = new HashMap<>(variant.plugin());
            environment.putIfAbsent(PluginConfiguration.INSTALLATIONS_REFRESH, "1s");
            // A window long enough for a starved machine to emit a conversation's first events: with phone-less
            // senders given a contact, a phone that came after a 300 ms window made a session placeholder instead.
            environment.putIfAbsent(PluginConfiguration.WINDOW, "2s");
            try (RunningPlugin plugin = RunningPlugin.start(crisp, environment)) {
                Canaries.Phone back = Canaries.phone();
                Canaries.Phone twice = Canaries.phone();
                Canaries.Phone again = Canaries.phone();
                converse(newVisitor, Visitor.from(WHATSAPP).withPhone(Canaries.phone().e164()));
                converse(returning, visitor(WHATSAPP, back));
                converse(known, Visitor.from(SMS).withNickname(Canaries.name()).withPhone(inCrm.spaced()));
                converse(atOnce, visitor(WHATSAPP, twice));
                converse(atOnce, Visitor.from(AIRCALL).withNickname(Canaries.name()).withPhone("00" + twice.digits()));
                converse(later, visitor(WHATSAPP, again));
                converse(phoneless, Visitor.from(INSTAGRAM).withNickname(Canaries.name()));
                Visitor instagramSender = Visitor.from(INSTAGRAM).withNickname(Canaries.name());
                converse(writesAgain, instagramSender);
                crisp.scenario().saveSettingsFromCrisp(dashboard.websiteId(), "{\"segments\": [\"from-dashboard\"]}");
                Await.until("the settings saved in the dashboard to reach the plugin", () -> plugin.get(
                        settingsPath(dashboard), bearer(dashboard.token())).body().contains("from-dashboard"));
                converse(dashboard, visitor(WHATSAPP, Canaries.phone()));
                installThenConverse(plugin);
                uninstallThenInstallAgain(plugin, uninstalled);
                awaitCaptures(plugin);

                crisp.scenario().ageCrm(Duration.ofMinutes(1));
                converse(returning, visitor(WHATSAPP, back));
                converse(later, visitor(SMS, again));
                converse(writesAgain, instagramSender);
                awaitCaptures(plugin);

                assertAll(variant.name(), checks(plugin, dashboard));
            }
        }

        private void installThenConverse(RunningPlugin plugin) {
            long binds = crisp.rtm().bindsHonoured();
            InstalledWebsite newcomer = website("a new install then its first conversation", 1);
            Await.until("the plugin to bind the new website", Await.DEFAULT, () -> crisp.rtm().bindsHonoured() > binds,
                    this::binds);
            converse(newcomer, visitor(WHATSAPP, Canaries.phone()));
            plugin.awaitCrm(newcomer, 1);
        }

        private void uninstallThenInstallAgain(RunningPlugin plugin, InstalledWebsite website) {
            crisp.scenario().uninstallWebsite(website.websiteId());
            Await.until("the plugin to forget the uninstalled website",
                    () -> plugin.get(settingsPath(website), bearer(website.token())).statusCode() != 200);
            long binds = crisp.rtm().bindsHonoured();
            InstalledWebsite back = crisp.scenario().reinstallWebsite(website.websiteId(), "{}");
            Canaries.secret(back.token());
            Await.until("the plugin to bind the website again", Await.DEFAULT, () -> crisp.rtm().bindsHonoured() > binds,
                    this::binds);
            converse(back, visitor(WHATSAPP, Canaries.phone()));
        }

        private String binds() {
            return "socket:bind received " + crisp.rtm().bindsReceived() + ", honoured " + crisp.rtm().bindsHonoured();
        }

        private void awaitCaptures(RunningPlugin plugin) {
            Await.until(conversations + " captures to end under " + variant.name(), Await.DEFAULT,
                    () -> plugin.capturesEnded() >= conversations, () -> "ended: " + plugin.capturesEnded());
        }

        private List<Executable> checks(RunningPlugin plugin, InstalledWebsite dashboard) {
            List<Executable> checks = new ArrayList<>();
            websites.forEach((scenario, website) -> {
                List<CrmProfile> made = plugin.crm(website).stream().filter(profile -> profile.email().endsWith(".nomail"))
                        .toList();
                Set<String> phones = made.stream().map(profile -> profile.phone() == null ? profile.email()
                        : profile.phone().replaceAll("\\D", "")).collect(Collectors.toSet());
                checks.add(() -> assertEquals(expected.get(scenario), made.size(), scenario + ": contacts made"));
                checks.add(() -> assertEquals(made.size(), phones.size(), scenario + ": one contact per phone"));
            });
            checks.add(() -> assertEquals(List.of("whatsapp", "from-dashboard"),
                    plugin.crm(dashboard).get(0).segments(), "settings saved in the dashboard apply"));
            checks.add(() -> assertEquals(expected.get("a phone-less sender") + expected.get("a phone-less sender who writes again"),
                    plugin.captures("created", "none", "instagram"), 0.0,
                    "each phone-less sender's session gets a contact keyed on it"));
            checks.add(() -> assertEquals(conversations, plugin.capturesEnded(), "every capture ended once"));
            return checks;
        }

        private static String settingsPath(InstalledWebsite website) {
            return "/api/websites/" + website.websiteId() + "/settings";
        }
    }
}
