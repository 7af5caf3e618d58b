package app.richcontact.bootstrap.e2e;

import static app.richcontact.bootstrap.e2e.RunningPlugin.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.Visitor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Settings and installations change while the plugin runs, and it follows without a restart:
 * settings saved through its own settings API or on Crisp's side, websites that install,
 * uninstall and install again. Each subclass runs these against one variant of what Crisp does
 * not document (who hears an install, 403 or 404, whole or partial settings events, validation).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SettingsAndInstallationsScenarios {

    /** The plugin's own settings schema, the one registered in the Marketplace. */
    static final Path SETTINGS_SCHEMA =
            Path.of("../adapters-web/src/main/resources/app/richcontact/adapters/web/settings/settings.schema.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String TELEGRAM = "urn:crisp.im:telegram:0";

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite savedHere;
    private InstalledWebsite savedInCrisp;
    private InstalledWebsite reinstalled;

    private InstalledWebsite changedOneKey;
    private InstalledWebsite leaving;

    /** The sandbox's variant of each unknown, over {@link RunningPlugin#sandboxOptions()} and the plugin's schema. */
    abstract SandboxOptions.Builder variant(SandboxOptions.Builder options);

    /** The plugin's environment for this variant. */
    abstract Map<String, String> pluginEnvironment();

    @BeforeAll
    void start() throws java.io.IOException {
        // The privacy canary reads the output of each test class by its marker; this class's start is not on a Test frame.
        CapturedOutput.install();
        Canaries.mark(getClass().getSimpleName());
        crisp = CrispSandbox.start(variant(RunningPlugin.sandboxOptions()
                .set(SandboxOptions.SETTINGS_SCHEMA, Files.readString(SETTINGS_SCHEMA))).build());
        savedHere = RunningPlugin.install(crisp, "Saved here", "{}");
        savedInCrisp = RunningPlugin.install(crisp, "Saved in Crisp", "{}");
        reinstalled = RunningPlugin.install(crisp, "Reinstalled", "{}");
        changedOneKey = RunningPlugin.install(crisp, "Changed one key",
                "{\"enabled\": true, \"segments\": [\"kept\"], \"geolocation\": false}");
        leaving = RunningPlugin.install(crisp, "Leaving", "{}");
        plugin = RunningPlugin.start(crisp, pluginEnvironment());
    }

    @AfterAll
    void stop() {
        try {
            plugin.close();
        } finally {
            crisp.close();
        }
    }

    private static String settingsPath(InstalledWebsite website) {
        return "/api/websites/" + website.websiteId() + "/settings";
    }

    private JsonNode storedInCrisp(InstalledWebsite website) throws Exception {
        return JSON.readTree(crisp.scenario().settingsOf(website.websiteId()));
    }

    private JsonNode shownOnThePage(InstalledWebsite website) {
        try {
            return JSON.readTree(plugin.get(settingsPath(website), bearer(website.token())).body());
        } catch (java.io.IOException notJson) {
            throw new AssertionError("the settings API answered something that is not JSON", notJson);
        }
    }

    private void converse(InstalledWebsite website, Visitor visitor) {
        crisp.scenario().startConversation(website.websiteId(), visitor);
    }

    @Test
    void settings_saved_through_the_settings_api_are_stored_in_crisp_and_apply_to_the_next_conversation() throws Exception {
        converse(savedHere, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
        assertEquals(List.of("whatsapp"), plugin.awaitCrm(savedHere, 1).get(0).segments());

        HttpResponse<String> saved = plugin.put(settingsPath(savedHere), """
                {"enabled": true, "all_channels": true, "channels": [], "segments": ["from-settings-api"],
                 "skip_if_email_exists": true, "geolocation": true}""", bearer(savedHere.token()));

        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("from-settings-api", storedInCrisp(savedHere).path("segments").path(0).asText());
        Canaries.Phone phone = Canaries.phone();
        converse(savedHere, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164())
                .withGeolocation(new Geolocation("ES", "Madrid", "Madrid")));
        CrmProfile second = plugin.awaitCrm(savedHere, 2).stream()
                .filter(profile -> phone.e164().equals(profile.phone())).findFirst().orElseThrow();
        assertEquals(List.of("whatsapp", "from-settings-api"), second.segments());
        assertEquals("Madrid", second.geolocation().city());

        HttpResponse<String> paused = plugin.put(settingsPath(savedHere), """
                {"enabled": false, "all_channels": true, "channels": [], "segments": [],
                 "skip_if_email_exists": true, "geolocation": false}""", bearer(savedHere.token()));
        assertEquals(200, paused.statusCode(), paused.body());
        assertEquals(false, storedInCrisp(savedHere).path("enabled").asBoolean(true));
        double disabled = plugin.captures("skipped", "disabled", "whatsapp");
        converse(savedHere, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
        Await.until("the next conversation to be skipped as disabled",
                () -> plugin.captures("skipped", "disabled", "whatsapp") == disabled + 1);
        assertEquals(2, plugin.crm(savedHere).size());
    }

    @Test
    void settings_saved_on_crisps_side_apply_to_the_next_conversation() throws Exception {
        crisp.scenario().saveSettingsFromCrisp(savedInCrisp.websiteId(),
                "{\"all_channels\": false, \"channels\": [\"telegram\"], \"segments\": [\"from-crisp\"]}");
        double notSelected = plugin.captures("skipped", "channel_not_selected", "whatsapp");

        converse(savedInCrisp, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(Canaries.phone().e164()));
        Canaries.Phone onTelegram = Canaries.phone();
        converse(savedInCrisp, Visitor.from(TELEGRAM).withNickname(Canaries.name()).withPhone(onTelegram.e164()));

        CrmProfile contact = plugin.awaitCrm(savedInCrisp, 1).get(0);
        assertEquals(onTelegram.e164(), contact.phone());
        assertEquals(List.of("telegram", "from-crisp"), contact.segments());
        Await.until("the WhatsApp conversation to be skipped",
                () -> plugin.captures("skipped", "channel_not_selected", "whatsapp") == notSelected + 1);
        HttpResponse<String> read = plugin.get(settingsPath(savedInCrisp), bearer(savedInCrisp.token()));
        assertEquals(200, read.statusCode());
        assertEquals("from-crisp", JSON.readTree(read.body()).path("segments").path(0).asText(), "the settings page sees them too");
        assertEquals(1, plugin.crm(savedInCrisp).size());
    }

    @Test
    void a_website_that_installs_while_the_plugin_runs_gets_contacts() {
        long binds = crisp.rtm().bindsHonoured();

        InstalledWebsite newcomer = RunningPlugin.install(crisp, "Newcomer", "{\"segments\": [\"new-install\"]}");

        // Crisp sends a new install's events only after the plugin asks for them (socket:bind).
        Await.until("the plugin to bind the new website", () -> crisp.rtm().bindsHonoured() > binds);
        Canaries.Phone phone = Canaries.phone();
        converse(newcomer, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));
        CrmProfile contact = plugin.awaitCrm(newcomer, 1).get(0);
        assertEquals(phone.e164(), contact.phone());
        assertEquals(List.of("whatsapp", "new-install"), contact.segments());
    }

    @Test
    void a_website_that_uninstalls_is_forgotten_and_after_reinstalling_only_its_new_token_opens_the_settings() {
        String oldToken = reinstalled.token();
        assertEquals(200, plugin.get(settingsPath(reinstalled), bearer(oldToken)).statusCode());

        crisp.scenario().uninstallWebsite(reinstalled.websiteId());

        Await.until("the settings to close once the plugin is uninstalled",
                () -> plugin.get(settingsPath(reinstalled), bearer(oldToken)).statusCode() != 200);
        long binds = crisp.rtm().bindsHonoured();
        InstalledWebsite again = crisp.scenario().reinstallWebsite(reinstalled.websiteId(), "{\"segments\": [\"welcome-back\"]}");
        Canaries.secret(again.token());
        assertNotEquals(oldToken, again.token());
        Await.until("the settings to open with the new token",
                () -> plugin.get(settingsPath(again), bearer(again.token())).statusCode() == 200);
        assertNotEquals(200, plugin.get(settingsPath(again), bearer(oldToken)).statusCode(), "the old token is dead");
        Await.until("the plugin to bind the website again", () -> crisp.rtm().bindsHonoured() > binds);
        Canaries.Phone phone = Canaries.phone();
        converse(again, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));
        CrmProfile contact = plugin.awaitCrm(again, 1).get(0);
        assertEquals(List.of("whatsapp", "welcome-back"), contact.segments());
    }

    @Test
    void an_owner_who_changes_one_key_in_the_dashboard_keeps_every_other_key_in_the_next_capture() throws Exception {
        JsonNode before = storedInCrisp(changedOneKey);
        ((com.fasterxml.jackson.databind.node.ObjectNode) before).put("geolocation", true);

        crisp.scenario().saveSettingsFromCrisp(changedOneKey.websiteId(), before.toString());

        // One read answers both: the page is rate-limited, and a refused read must not pass for a reset key.
        Await.until("the settings page to show the change and the key it did not carry", Await.DEFAULT, () -> {
            JsonNode shown = shownOnThePage(changedOneKey);
            return shown.path("geolocation").asBoolean() && "kept".equals(shown.path("segments").path(0).asText());
        }, () -> shownOnThePage(changedOneKey).toString());
        converse(changedOneKey, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(Canaries.phone().e164())
                .withGeolocation(new Geolocation("PT", "Lisbon", "Porto")));
        CrmProfile contact = plugin.awaitCrm(changedOneKey, 1).get(0);
        assertEquals(List.of("whatsapp", "kept"), contact.segments(), "the key the event did not carry kept its value");
        assertEquals("Porto", contact.geolocation().city(), "the key it carried applied");
    }

    @Test
    void settings_the_schema_refuses_are_refused_by_the_plugin_before_crisp_sees_them() {
        long saves = crisp.requestLog().count(SandboxRoutes.SETTINGS_PATCH);

        HttpResponse<String> refused = plugin.put(settingsPath(savedHere), """
                {"enabled": true, "all_channels": false, "channels": [], "segments": ["x"]}""", bearer(savedHere.token()));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(saves, crisp.requestLog().count(SandboxRoutes.SETTINGS_PATCH));
    }

    /**
     * Whatever Crisp answers on the settings route of a website that left (403 or 404), the next
     * read of what changed takes it as an uninstall and still applies everything else, here a
     * website installed just after, whose first conversation gets its contact.
     */
    @Test
    void a_website_that_left_does_not_stop_the_next_refresh_from_finding_an_install() {
        crisp.scenario().uninstallWebsite(leaving.websiteId());
        Await.until("the settings to close once the plugin is uninstalled",
                () -> plugin.get(settingsPath(leaving), bearer(leaving.token())).statusCode() != 200);

        InstalledWebsite next = RunningPlugin.install(crisp, "Next", "{\"segments\": [\"after-a-leaver\"]}");
        Canaries.Phone phone = Canaries.phone();
        converse(next, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));

        CrmProfile contact = plugin.awaitCrm(next, 1, Duration.ofSeconds(30)).get(0);
        assertEquals(phone.e164(), contact.phone());
        assertEquals(List.of("whatsapp", "after-a-leaver"), contact.segments());
    }

    /**
     * Crisp sends a new install's events only after the plugin's {@code socket:bind} (honoured at
     * most every 2.5 s, and the RTM adapter debounces its binds by 2.6 s), so a conversation that
     * starts in those first seconds never reaches the plugin by RTM; the plugin catches that
     * website up ten seconds after it learns of the install (by the event, or where Crisp
     * announces it to no socket, by the refresh, from the start of that refresh's window), so
     * none is lost. Web hooks have no such gap.
     */
    @Test
    void a_conversation_in_the_first_seconds_after_an_install_is_not_lost() {
        InstalledWebsite eager = RunningPlugin.install(crisp, "Eager", "{}");
        Canaries.Phone phone = Canaries.phone();

        converse(eager, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));

        assertEquals(phone.e164(), plugin.awaitCrm(eager, 1, Duration.ofSeconds(30)).get(0).phone());
    }
}
