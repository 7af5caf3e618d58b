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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Settings and installations change while the plugin runs, and it follows without a restart:
 * settings saved through its own settings API or on Crisp's side, websites that install,
 * uninstall and install again (learnt from real-time events).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsAndInstallationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String TELEGRAM = "urn:crisp.im:telegram:0";

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite savedHere;
    private InstalledWebsite savedInCrisp;
    private InstalledWebsite reinstalled;

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        savedHere = RunningPlugin.install(crisp, "Saved here", "{}");
        savedInCrisp = RunningPlugin.install(crisp, "Saved in Crisp", "{}");
        reinstalled = RunningPlugin.install(crisp, "Reinstalled", "{}");
        plugin = RunningPlugin.start(crisp);
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

    /**
     * Crisp sends a new install's events only after the plugin's {@code socket:bind} (honoured at
     * most every 2.5 s, and the RTM adapter debounces its binds by 2.6 s), so a conversation that
     * starts in those first seconds never reaches the plugin by RTM; the plugin catches that
     * website up once its bind is sent (ten seconds after the install), so none is lost. Web
     * hooks have no such gap.
     */
    @Test
    void a_conversation_in_the_first_seconds_after_an_install_is_not_lost() {
        InstalledWebsite eager = RunningPlugin.install(crisp, "Eager", "{}");
        Canaries.Phone phone = Canaries.phone();

        converse(eager, Visitor.from(WHATSAPP).withNickname(Canaries.name()).withPhone(phone.e164()));

        assertEquals(phone.e164(), plugin.awaitCrm(eager, 1, Duration.ofSeconds(30)).get(0).phone());
    }
}
