package app.richcontact.bootstrap.e2e;

import app.richcontact.adapters.web.browser.WebDriverSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.Visitor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The settings page in a real headless Chromium, served by the running plugin and saving into
 * the sandbox, as a website owner uses it inside Crisp's dashboard; then a conversation shows the
 * saved settings at work. Skipped when chromium or chromedriver is missing, unless
 * {@code -Drichcontact.requireBrowser=true} (CI) makes that a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String LOADED = "!document.getElementById('form-body').disabled";

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private InstalledWebsite website;
    private WebDriverSession browser;
    private String unavailable;

    @BeforeAll
    void start() throws Exception {
        unavailable = WebDriverSession.unavailable().orElse(null);
        if (unavailable != null) {
            return;
        }
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        website = RunningPlugin.install(crisp, "Browsed", "{}");
        plugin = RunningPlugin.start(crisp);
        browser = WebDriverSession.start(800, 600);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (plugin != null) {
                plugin.close();
            }
            if (crisp != null) {
                crisp.close();
            }
        }
    }

    private void openSettings() throws Exception {
        browser.open(plugin.uri("/settings?website_id=" + website.websiteId() + "&token=" + website.token()
                + "&locale=en").toString());
        browser.await("the settings to load into the form", LOADED, DEADLINE);
    }

    @Test
    void settings_changed_in_the_browser_are_stored_in_crisp_shown_again_and_applied_to_the_next_contact() throws Exception {
        Assumptions.assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
        openSettings();
        assertTrue(browser.checked("#enabled"));
        assertTrue(browser.checked("#all-channels"));

        browser.click("#some-channels");
        browser.click("#channel-telegram");
        browser.click("#channel-whatsapp");
        browser.type("#segments", "From-Browser\nvip");
        browser.click("#geolocation");
        browser.click("#save");
        browser.await("the success message", "document.getElementById('status').textContent === 'Settings saved.'",
                DEADLINE);
        Path screenshots = Path.of(System.getProperty("richcontact.screenshotDir", "target/screenshots"));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("e2e-settings-saved.png"), browser.screenshot());

        assertEquals(JSON.readTree("""
                {"enabled": true, "all_channels": false, "channels": ["telegram", "whatsapp"],
                 "segments": ["from-browser", "vip"], "skip_if_email_exists": true, "geolocation": true,
                 "attach_conversation": true, "phoneless_senders": true, "upgrade_on_late_email": true,
                 "unsubscribe_placeholders": true, "profile_event": false}"""),
                canonical(crisp.scenario().settingsOf(website.websiteId())), "stored in Crisp");

        openSettings();
        assertTrue(browser.checked("#some-channels"));
        assertTrue(browser.checked("#channel-telegram"));
        assertTrue(browser.checked("#channel-whatsapp"));
        assertFalse(browser.checked("#channel-instagram"));
        assertEquals("from-browser\nvip", browser.property("#segments", "value").asText());
        assertTrue(browser.checked("#geolocation"));

        Canaries.Phone phone = Canaries.phone();
        crisp.scenario().startConversation(website.websiteId(), Visitor.from("urn:crisp.im:telegram:0")
                .withNickname(Canaries.name()).withPhone(phone.e164()).withGeolocation(new Geolocation("FR", null, "Lyon")));
        CrmProfile contact = plugin.awaitCrm(website, 1).get(0);
        assertEquals(List.of("telegram", "from-browser", "vip"), contact.segments());
        assertEquals("Lyon", contact.geolocation().city());
    }

    /** The stored settings with the channels sorted: their order carries no meaning. */
    private static JsonNode canonical(String settings) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(settings);
        List<String> channels = new ArrayList<>();
        node.path("channels").forEach(channel -> channels.add(channel.asText()));
        Collections.sort(channels);
        ArrayNode sorted = node.putArray("channels");
        channels.forEach(sorted::add);
        return node;
    }
}
