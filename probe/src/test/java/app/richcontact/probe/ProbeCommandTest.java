package app.richcontact.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.domain.SettingsDocument;
import app.richcontact.sandbox.Conversation;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.MetaEmailLinks;
import app.richcontact.sandbox.NewProfile;
import app.richcontact.sandbox.PhoneSearch;
import app.richcontact.sandbox.ProfilePersonUpdate;
import app.richcontact.sandbox.ProfileSegmentsUpdate;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.Visitor;
import app.richcontact.sandbox.SettingsEvents;
import app.richcontact.sandbox.SubscriptionEvents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.json.JSONObject;

/**
 * {@code rich-contact probe} against the sandbox over real HTTP and Socket.IO, under each variant
 * of the switches it settles: it names the variant the sandbox runs, leaves the CRM and the
 * settings as it found them, spends exactly the requests it reports, and prints a configuration
 * the plugin starts with. Its waits for lagging reads age the sandbox's CRM instead of sleeping.
 */
class ProbeCommandTest {

    private static final String SETTINGS = "{\"segments\":[\"vip\"],\"geolocation\":false}";
    private static final Pattern LAG = Pattern.compile("stale at (\\d+\\.\\d\\d) s, fresh by (\\d+\\.\\d\\d) s after the write");
    /** What a request's own time may add to or take from a measured lag. */
    private static final double SLACK_SECONDS = 0.5;
    private static final Path SETTINGS_SCHEMA =
            Path.of("../adapters-web/src/main/resources/app/richcontact/adapters/web/settings/settings.schema.json");

    private CrispSandbox crisp;
    private InstalledWebsite website;

    /** What one probe run printed, and its exit status. */
    private record Run(int status, String out, String err) {

        /** The report line of one unknown. */
        String finding(String unknown) {
            return out.lines().filter(line -> line.startsWith(unknown + ": ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + unknown + " in:\n" + out + err));
        }

        List<String> configuration() {
            return out.lines().filter(line -> line.startsWith("RICHCONTACT_")).toList();
        }

        long requests() {
            return out.lines().filter(line -> line.startsWith("# Crisp requests spent: ")).findFirst()
                    .map(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))
                    .orElseThrow(() -> new AssertionError("no request count in:\n" + out + err));
        }
    }

    @AfterEach
    void stop() {
        if (crisp != null) {
            crisp.close();
        }
    }

    private void start(SandboxOptions.Builder options, String settings) {
        try {
            // The Marketplace schema the plugin registers: the probe's saves must pass it.
            options.set(SandboxOptions.SETTINGS_SCHEMA, Files.readString(SETTINGS_SCHEMA));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        crisp = CrispSandbox.start(options.build());
        website = crisp.scenario().installWebsite("Probed", settings);
        crisp.scenario().preloadProfile(website.websiteId(), NewProfile.of("kept@example.com", "Kept", "+351912345678"));
    }

    /** The sandbox with fresh reads, for the checks that do not measure lag. */
    private void startFresh(SandboxOptions.Builder options, String settings) {
        start(options.set(SandboxSwitch.READ_LAG, Duration.ZERO).set(SandboxSwitch.SEARCH_LAG, Duration.ZERO), settings);
    }

    private Map<String, String> environment() {
        return Map.of(PluginConfiguration.IDENTIFIER, crisp.pluginIdentifier(), PluginConfiguration.KEY, crisp.pluginKey(),
                PluginConfiguration.API_URL, crisp.restBaseUrl().toString());
    }

    private Run probe(String... extra) {
        List<String> args = new ArrayList<>(List.of("probe", website.websiteId()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ProbeCommand.run(args, environment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new AgingClock(crisp));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the probe and checks what every run must do: exit 0, clean up, count right, print what the plugin accepts. */
    private Run probeAndCheckCleanUp(String settings, String... extra) {
        List<CrmProfile> before = crisp.scenario().crm(website.websiteId());
        long requestsBefore = crisp.requestLog().total();
        Run run = probe(extra);
        assertEquals(0, run.status(), () -> run.out() + run.err());
        assertEquals(before, crisp.scenario().crm(website.websiteId()), "the CRM after the probe is the CRM before");
        assertEquals(settings.replace(" ", ""), crisp.scenario().settingsOf(website.websiteId()).replace(" ", ""),
                "the settings are restored");
        assertEquals(crisp.requestLog().total() - requestsBefore, run.requests(), "the requests it reports are those it sent");
        Map<String, String> withConfiguration = new HashMap<>(environment());
        run.configuration().forEach(line -> withConfiguration.put(line.substring(0, line.indexOf('=')),
                line.substring(line.indexOf('=') + 1)));
        PluginConfiguration.fromEnvironment(withConfiguration);
        assertTrue(run.out().lines().noneMatch(line -> line.contains("kept@example.com") || line.contains("912345678")
                || line.contains("Kept")), "nothing of the CRM it found is printed");
        return run;
    }

    /** The lag a finding reports lies between its last stale read and its first fresh one. */
    private static void assertLag(Duration lag, String finding) {
        Matcher measured = LAG.matcher(finding);
        assertTrue(measured.find(), finding);
        double seconds = lag.toMillis() / 1000.0;
        assertTrue(Double.parseDouble(measured.group(1)) < seconds + SLACK_SECONDS, finding);
        assertTrue(Double.parseDouble(measured.group(2)) >= seconds - SLACK_SECONDS, finding);
    }

    @Test
    void under_the_sandbox_defaults_it_names_each_unforgiving_variant_and_the_phone_search_to_use() {
        start(SandboxOptions.builder(), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("person.nickname on create").contains(": required"), run.out());
        assertTrue(run.finding("phone search form").contains(
                ": matches filter_person_phone, filter_either; not filter_phone, search_text"), run.out());
        assertEquals(List.of("RICHCONTACT_PHONE_SEARCH=filter_person_phone"), run.configuration());
        assertTrue(run.finding("create with an email that exists").contains(": 409 people_exists"), run.out());
        assertTrue(run.finding("a website without the plugin, on the settings route").contains(": 403 not_allowed"), run.out());
        assertLag(SandboxSwitch.READ_LAG.defaultValue(), run.finding("read lag (GET/HEAD after a write)"));
        assertLag(SandboxSwitch.SEARCH_LAG.defaultValue(), run.finding("search lag (people search after a create)"));
        assertTrue(run.finding("plugin:settings:saved payload").contains(": partial"), run.out());
        assertTrue(run.finding("who hears plugin:subscription:updated").contains(": cannot be settled from here: "), run.out());
        assertTrue(run.out().contains("# Clean-up: settings restored; throwaway profile deleted"), run.out());
        assertTrue(run.requests() <= 65, "few requests: " + run.requests());
    }

    @Test
    void with_fresh_reads_it_sees_no_lag_and_spends_few_requests() {
        startFresh(SandboxOptions.builder(), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("read lag (GET/HEAD after a write)").contains(": none seen"), run.out());
        assertTrue(run.finding("search lag (people search after a create)").contains(": none seen"), run.out());
        assertTrue(run.requests() <= 30, "few requests: " + run.requests());
    }

    @ParameterizedTest(name = "read lag {0} ms")
    @ValueSource(longs = {1_000, 5_000, 30_000})
    void it_measures_the_read_lag_the_sandbox_runs_with(long millis) {
        Duration lag = Duration.ofMillis(millis);
        start(SandboxOptions.builder().set(SandboxSwitch.READ_LAG, lag).set(SandboxSwitch.SEARCH_LAG, Duration.ZERO), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertLag(lag, run.finding("read lag (GET/HEAD after a write)"));
    }

    @ParameterizedTest(name = "search lag {0} s")
    @ValueSource(longs = {2, 120})
    void it_measures_the_search_lag_the_sandbox_runs_with_and_settles_the_phone_form_after_it(long seconds) {
        Duration lag = Duration.ofSeconds(seconds);
        start(SandboxOptions.builder().set(SandboxSwitch.READ_LAG, Duration.ZERO).set(SandboxSwitch.SEARCH_LAG, lag), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertLag(lag, run.finding("search lag (people search after a create)"));
        assertEquals(List.of("RICHCONTACT_PHONE_SEARCH=filter_person_phone"), run.configuration());
    }

    @Test
    void a_search_lag_longer_than_it_waits_leaves_both_search_unknowns_open_and_still_cleans_up() {
        start(SandboxOptions.builder().set(SandboxSwitch.SEARCH_LAG, Duration.ofMinutes(10)), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("search lag (people search after a create)").contains(
                ": cannot be settled from here: the search by email missed the throwaway profile, still stale"), run.out());
        assertTrue(run.finding("phone search form").contains(": cannot be settled from here: "), run.out());
        assertEquals(List.of(), run.configuration());
    }

    @Test
    void it_counts_per_channel_the_senders_that_gave_a_phone_without_printing_any() throws Exception {
        startFresh(SandboxOptions.builder(), SETTINGS);
        Visitor withPhone = Visitor.from("urn:crisp.im:whatsapp:0").withNickname("Ana").withPhone("+351912000111");
        crisp.scenario().startConversation(website.websiteId(), withPhone).started().get();
        for (int i = 0; i < 2; i++) {
            crisp.scenario().startConversation(website.websiteId(), Visitor.from("urn:crisp.im:instagram:0")
                    .withNickname("Bea")).started().get();
        }
        crisp.scenario().startConversation(website.websiteId(), Visitor.from("chat")).started().get();

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("what a channel tells of its sender").contains(
                ": instagram 0 of 2 with a phone; whatsapp 1 of 1 with a phone"), run.out());
        assertFalse(run.out().contains("912000111"), "no sender's phone is printed");
    }

    @Test
    void with_no_conversation_from_a_messaging_channel_the_senders_stay_unsettled() {
        startFresh(SandboxOptions.builder(), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("what a channel tells of its sender").contains(": cannot be settled from here: "), run.out());
    }

    @Test
    void with_the_nickname_optional_it_says_so_and_spends_one_create_less() {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.NICKNAME_REQUIRED, false), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("person.nickname on create").contains(": optional"), run.out());
        // The throwaway profile once, its duplicate, and the two profiles the update checks make.
        assertEquals(4, crisp.requestLog().count(SandboxRoutes.PROFILE_CREATE));
    }

    static Stream<Arguments> phoneSearchVariants() {
        return Stream.of(
                Arguments.of(EnumSet.of(PhoneSearch.SEARCH_TEXT_DIGITS),
                        "matches search_text; not filter_phone, filter_person_phone, filter_either", "search_text"),
                Arguments.of(EnumSet.of(PhoneSearch.FILTER_PHONE),
                        "matches filter_phone, filter_either; not filter_person_phone, search_text", "filter_phone"),
                Arguments.of(EnumSet.of(PhoneSearch.FILTER_PERSON_PHONE),
                        "matches filter_person_phone, filter_either; not filter_phone, search_text", "filter_person_phone"),
                Arguments.of(EnumSet.allOf(PhoneSearch.class),
                        "matches filter_phone, filter_person_phone, filter_either, search_text;", "filter_phone"),
                Arguments.of(EnumSet.noneOf(PhoneSearch.class), "none matches (tried filter_phone, filter_person_phone, "
                        + "filter_either, search_text)", null));
    }

    @ParameterizedTest(name = "phone search {0}")
    @MethodSource("phoneSearchVariants")
    void it_names_every_phone_search_form_that_matches_and_the_setting_to_use(Set<PhoneSearch> forms, String found,
                                                                               String setting) {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.PHONE_SEARCH, Set.copyOf(forms)), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("phone search form").contains(": " + found), run.out());
        assertEquals(setting == null ? List.of() : List.of("RICHCONTACT_PHONE_SEARCH=" + setting), run.configuration());
    }

    @Test
    void it_reports_the_duplicate_create_answer_the_sandbox_was_started_with() {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.DUPLICATE_STATUS, 400)
                .set(SandboxSwitch.DUPLICATE_REASON, "invalid_data"), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("create with an email that exists").contains(": 400 invalid_data (a 4xx"), run.out());
    }

    @ParameterizedTest(name = "uninstalled status {0}")
    @ValueSource(ints = {403, 404})
    void it_names_the_status_of_the_settings_route_for_a_website_without_the_plugin(int status) {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.UNINSTALLED_STATUS, status), SETTINGS);
        InstalledWebsite removed = crisp.scenario().installWebsite("Removed", "{}");
        crisp.scenario().uninstallWebsite(removed.websiteId());

        Run madeUp = probeAndCheckCleanUp(SETTINGS);
        Run named = probeAndCheckCleanUp(SETTINGS, "--uninstalled", removed.websiteId());

        String answer = status + (status == 403 ? " not_allowed" : " not_found");
        assertTrue(madeUp.finding("a website without the plugin, on the settings route")
                .contains(": " + answer + " for a made-up website id (the plugin takes it for not installed)"), madeUp.out());
        assertTrue(named.finding("a website without the plugin, on the settings route")
                .contains(": " + answer + " for website " + removed.websiteId()), named.out());
    }

    static Stream<Arguments> settingsEventVariants() {
        return Stream.of(Arguments.of(SettingsEvents.WHOLE, SETTINGS, ": whole"),
                Arguments.of(SettingsEvents.WHOLE, "{}", ": whole"),
                Arguments.of(SettingsEvents.PARTIAL, SETTINGS, ": partial"),
                Arguments.of(SettingsEvents.PARTIAL, "{}", ": partial"));
    }

    @ParameterizedTest(name = "settings events {0} on {1}")
    @MethodSource("settingsEventVariants")
    void it_tells_whole_settings_events_from_partial_ones_and_restores_the_settings(SettingsEvents variant, String settings,
                                                                                   String found) {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.SETTINGS_EVENTS, variant), settings);

        Run run = probeAndCheckCleanUp(settings);

        assertTrue(run.finding("plugin:settings:saved payload").contains(found), run.out());
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {SETTINGS, "{}"})
    void a_plugin_that_merges_partial_settings_events_ends_on_the_owners_settings(String settings) {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.SETTINGS_EVENTS, SettingsEvents.PARTIAL), settings);
        InstalledWebsite marker = crisp.scenario().installWebsite("Marker", "{}");
        List<JSONObject> heard = new ArrayList<>();
        try (SettingsEventsListener plugin = SettingsEventsListener.open(crisp.rtmUrl(),
                new RealtimeAccess(crisp.pluginIdentifier(), crisp.pluginKey()), Duration.ofSeconds(10))) {

            probeAndCheckCleanUp(settings);
            crisp.scenario().saveSettingsFromCrisp(marker.websiteId(), "{\"segments\":[\"marker\"]}");

            // Events come in order on one socket: once the marker's is heard, every one of the probe's has been.
            assertTrue(plugin.await(payload -> !heard.add(payload) || marker.websiteId().equals(payload.optString("website_id")),
                    Duration.ofSeconds(10)) != null, "the marker event arrives");
        }
        Map<String, Object> merged = new HashMap<>(new JSONObject(settings).toMap());
        heard.stream().filter(payload -> website.websiteId().equals(payload.optString("website_id")))
                .forEach(payload -> merged.putAll(payload.getJSONObject("settings").toMap()));
        assertEquals(SettingsDocument.readTolerantly(new JSONObject(settings).toMap()), SettingsDocument.readTolerantly(merged),
                () -> "merged from " + heard);
    }

    @ParameterizedTest(name = "subscription events {0}")
    @EnumSource(SubscriptionEvents.class)
    void it_says_who_hears_subscription_events_cannot_be_settled_from_here(SubscriptionEvents variant) {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.SUBSCRIPTION_EVENTS, variant), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("who hears plugin:subscription:updated").contains(
                ": cannot be settled from here: it needs a new install"), run.out());
    }

    /** The finding names the variant in the probe's words and the sandbox switch's value it stands for. */
    private static void assertVariant(Run run, String unknown, String sandboxSwitch, Enum<?> variant) {
        String word = variant.name().toLowerCase(Locale.ROOT);
        assertTrue(run.finding(unknown).contains(": " + word + " (")
                && run.finding(unknown).contains(sandboxSwitch + " " + word), run.out());
    }

    static Stream<Arguments> profileUpdateVariants() {
        Stream<Arguments> segments = Stream.of(ProfileSegmentsUpdate.values()).map(variant -> Arguments.of(
                "what a profile update's segments do", "PROFILE_SEGMENTS_UPDATE", variant,
                (Consumer<SandboxOptions.Builder>) options -> options.set(SandboxSwitch.PROFILE_SEGMENTS_UPDATE, variant)));
        Stream<Arguments> person = Stream.of(ProfilePersonUpdate.values()).map(variant -> Arguments.of(
                "what a profile update's person does", "PROFILE_PERSON_UPDATE", variant,
                (Consumer<SandboxOptions.Builder>) options -> options.set(SandboxSwitch.PROFILE_PERSON_UPDATE, variant)));
        return Stream.concat(segments, person);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("profileUpdateVariants")
    void it_tells_what_a_profile_update_does_to_its_own_probe_profile_through_the_read_lag(
            String unknown, String sandboxSwitch, Enum<?> variant, Consumer<SandboxOptions.Builder> setting) {
        SandboxOptions.Builder options = SandboxOptions.builder().set(SandboxSwitch.SEARCH_LAG, Duration.ZERO);
        setting.accept(options);
        start(options, SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertVariant(run, unknown, sandboxSwitch, variant);
    }

    @ParameterizedTest(name = "meta email {0}")
    @EnumSource(MetaEmailLinks.class)
    void on_the_operators_test_conversation_it_tells_whether_a_meta_email_links_and_puts_the_email_back(MetaEmailLinks variant)
            throws Exception {
        startFresh(SandboxOptions.builder().set(SandboxSwitch.META_EMAIL_LINKS, variant), SETTINGS);
        Conversation test = crisp.scenario().startConversation(website.websiteId(), Visitor.from("chat")
                .withNickname("Operator").withEmail("operator@example.org"));
        test.started().get();
        String session = test.sessionId();

        Run run = probeAndCheckCleanUp(SETTINGS, "--test-session", session);

        assertVariant(run, "what a conversation's meta email links", "META_EMAIL_LINKS", variant);
        assertEquals("operator@example.org", crisp.scenario().conversation(website.websiteId(), session).orElseThrow().email());
        assertFalse(run.out().contains("operator@example.org"), "the operator's email is not printed");
    }

    @Test
    void without_a_test_conversation_the_meta_email_check_is_skipped_and_says_how_to_run_it() {
        startFresh(SandboxOptions.builder(), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("what a conversation's meta email links").contains(
                "skipped: needs a test conversation: start one on the test website yourself, give it your own email, "
                        + "and pass --test-session <its session_id>"), run.out());
        assertEquals(0, crisp.requestLog().count(SandboxRoutes.CONVERSATION_META_PATCH, 200));
    }

    @Test
    void the_routes_that_complete_a_contact_answer_as_the_plugin_expects_with_its_own_bodies() {
        startFresh(SandboxOptions.builder(), SETTINGS);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("the routes that complete a contact").contains(": as the plugin expects (GET subscription "
                + "200 resolved with email, PATCH subscription 200 updated, POST events 200 added)"), run.out());
    }

    @Test
    void a_route_that_crisp_refuses_is_named_with_its_status() {
        startFresh(SandboxOptions.builder(), SETTINGS);
        crisp.restFaults().route(SandboxRoutes.PROFILE_EVENT_ADD).serverErrorRate(1.0);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("the routes that complete a contact").contains(": NOT as the plugin expects (")
                && run.finding("the routes that complete a contact").contains("POST events 500 error"), run.out());
    }

    @Test
    void a_check_that_crisp_fails_midway_leaves_its_unknown_open_and_the_clean_up_still_undoes_everything() {
        startFresh(SandboxOptions.builder(), SETTINGS);
        crisp.restFaults().route(SandboxRoutes.SETTINGS_PATCH).serverErrorRate(1.0);

        Run run = probeAndCheckCleanUp(SETTINGS);

        assertTrue(run.finding("plugin:settings:saved payload")
                .endsWith(": cannot be settled from here: saving the test website's settings answered 500 error"), run.out());
        assertTrue(run.finding("person.nickname on create").contains(": required"), run.out());
    }

    @Test
    void a_profile_crisp_will_not_delete_is_named_for_the_operator_and_the_run_fails() {
        startFresh(SandboxOptions.builder(), SETTINGS);
        crisp.restFaults().route(SandboxRoutes.PROFILE_DELETE).serverErrorRate(1.0);

        Run run = probe();

        assertEquals(1, run.status(), run.out());
        String leftOver = crisp.scenario().crm(website.websiteId()).get(1).peopleId();
        assertTrue(run.out().contains("# NOT undone: profile " + leftOver + " could not be deleted (500 error): delete it in Crisp"),
                run.out());
        assertTrue(run.out().contains("# Clean-up: settings restored\n"), run.out());
    }

    @Test
    void a_token_crisp_refuses_stops_it_before_anything_is_made() {
        startFresh(SandboxOptions.builder(), SETTINGS);
        Map<String, String> wrongKey = new HashMap<>(environment());
        wrongKey.put(PluginConfiguration.KEY, "not-the-key");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ProbeCommand.run(List.of("probe", website.websiteId()), wrongKey,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, status);
        assertEquals("rich-contact: probe stopped: plugin/connect/account answered 401 unauthorized: Crisp refuses this "
                + "plugin token\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, crisp.scenario().crm(website.websiteId()).size());
    }

    @Test
    void a_website_without_the_plugin_stops_it_with_a_message_and_nothing_made() {
        startFresh(SandboxOptions.builder(), SETTINGS);
        crisp.scenario().uninstallWebsite(website.websiteId());

        Run run = probe();

        assertEquals(1, run.status());
        assertTrue(run.err().contains("answered 403 not_allowed: the plugin must be installed on the test website"), run.err());
        assertEquals(1, crisp.scenario().crm(website.websiteId()).size());
    }

    @Test
    void a_missing_token_or_website_id_is_refused_before_any_request() {
        startFresh(SandboxOptions.builder(), SETTINGS);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertEquals(2, ProbeCommand.run(List.of("probe"), environment(), out, errors));
        assertEquals(2, ProbeCommand.run(List.of("probe", website.websiteId()), Map.of(), out, errors));
        assertEquals(2, ProbeCommand.run(List.of("probe", website.websiteId(), "--test-session"), environment(), out, errors));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("probe needs one test website id"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("CRISP_PLUGIN_IDENTIFIER is required"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--test-session needs a session id"));
        assertEquals(0, crisp.requestLog().total());
    }
}
