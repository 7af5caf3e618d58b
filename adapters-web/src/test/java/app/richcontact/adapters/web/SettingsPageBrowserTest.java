package app.richcontact.adapters.web;

import app.richcontact.domain.ContactCare;
import app.richcontact.adapters.web.browser.WebDriverSession;

import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.domain.Channel;
import app.richcontact.application.port.in.WebsiteActivity.Listening;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;
import app.richcontact.domain.Segment;
import app.richcontact.domain.WebsiteSettings;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The settings page in a real headless Chromium, at the size of Crisp's iframe (and, for the
 * activity, inside an 800×600 frame of a page from another origin, as Crisp's dashboard shows it). Skipped when
 * chromedriver is missing, unless {@code -Drichcontact.requireBrowser=true} (CI) makes that a
 * failure. Screenshots go to {@code richcontact.screenshotDir}, and the main one is also copied
 * to {@code richcontact.screenshotCopy} when that is set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettingsPageBrowserTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String LOADED = "!document.getElementById('form-body').disabled";

    private static final Channel WHATSAPP = new Channel("whatsapp");
    private static final Channel TELEGRAM = new Channel("telegram");

    /** The dashboard's stand-in: a page on another origin (127.0.0.1, not localhost) that frames the settings page. */
    private Javalin dashboard;
    private WebFixture web;
    private WebDriverSession browser;
    private String unavailable;

    @BeforeAll
    void startBrowser() throws Exception {
        unavailable = WebDriverSession.unavailable().orElse(null);
        if (unavailable != null) {
            return;
        }
        dashboard = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.port = 0;
            config.routes.get("/dashboard", ctx -> ctx.contentType("text/html; charset=utf-8").result(
                    "<!DOCTYPE html><html><head><style>body{margin:0}iframe{border:0;display:block}</style></head><body>"
                            + "<iframe id=\"plugin\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" src=\""
                            + ctx.queryParam("src").replace("&", "&amp;").replace("\"", "&quot;") + "\"></iframe></body></html>"));
        }).start();
        web = new WebFixture(config -> config.frameAncestors(List.of("http://127.0.0.1:" + dashboard.port())));
        browser = WebDriverSession.start(WIDTH, HEIGHT);
    }

    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
    }

    @AfterAll
    void stopBrowser() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (web != null) {
                web.close();
            }
            if (dashboard != null) {
                dashboard.stop();
            }
        }
    }

    private String pageUrl(String token) {
        return web.uri("/settings?website_id=" + WEBSITE.value() + "&token=" + token + "&locale=en").toString();
    }

    private void openSettings() throws Exception {
        browser.open(pageUrl(TOKEN));
        browser.await("the settings load into the form", LOADED, DEADLINE);
    }

    private void screenshot(String name) throws Exception {
        Path directory = Path.of(System.getProperty("richcontact.screenshotDir", "target/screenshots"));
        Files.createDirectories(directory);
        byte[] png = browser.screenshot();
        Files.write(directory.resolve(name), png);
        String copy = System.getProperty("richcontact.screenshotCopy", "");
        if (!copy.isBlank() && name.equals("settings-page.png")) {
            Files.write(Path.of(copy), png);
        }
    }

    @Test
    @Order(1)
    void the_page_fits_crisps_iframe_and_shows_the_current_settings() throws Exception {
        openSettings();

        assertEquals(WIDTH, browser.script("return window.innerWidth;").asInt());
        assertEquals(HEIGHT, browser.script("return window.innerHeight;").asInt());
        int contentHeight = browser.script("return document.documentElement.scrollHeight;").asInt();
        assertTrue(contentHeight <= HEIGHT, "the page scrolls inside the iframe: " + contentHeight + "px");
        assertTrue(browser.checked("#enabled"));
        assertTrue(browser.checked("#all-channels"));
        assertTrue(browser.checked("#skip_if_email_exists"));
        assertFalse(browser.checked("#geolocation"));
        assertTrue(browser.property("#channel-whatsapp", "disabled").asBoolean(), "channels wait for 'Only these'");
    }

    @Test
    @Order(2)
    void changed_settings_are_saved_with_a_success_message_and_persist_across_a_reload() throws Exception {
        openSettings();
        browser.click("label[for='enabled'] .switch-label");
        browser.click("#some-channels");
        browser.click("#channel-whatsapp");
        browser.click("#channel-telegram");
        browser.type("#other-channels", "discord");
        browser.type("#segments", "VIP\nfrom-rich-contact");
        browser.click("#geolocation");
        browser.click("#save");

        browser.await("the success message", "document.getElementById('status').textContent === 'Settings saved.'",
                DEADLINE);
        screenshot("settings-page.png");
        assertEquals(new WebsiteSettings(false, false,
                        Set.of(new Channel("whatsapp"), new Channel("telegram"), new Channel("discord")),
                        List.of(new Segment("vip"), new Segment("from-rich-contact")), true, true, ContactCare.DEFAULTS),
                web.installations.storedSettings(WEBSITE).orElseThrow(), "stored in (the fake of) Crisp");

        openSettings();

        assertFalse(browser.checked("#enabled"));
        assertTrue(browser.checked("#some-channels"));
        assertTrue(browser.checked("#channel-whatsapp"));
        assertTrue(browser.checked("#channel-telegram"));
        assertFalse(browser.checked("#channel-instagram"));
        assertEquals("discord", browser.property("#other-channels", "value").asText());
        assertEquals("vip\nfrom-rich-contact", browser.property("#segments", "value").asText());
        assertTrue(browser.checked("#geolocation"));
    }

    @Test
    @Order(3)
    void an_invalid_segment_shows_its_message_next_to_the_field_and_nothing_is_saved() throws Exception {
        openSettings();
        WebsiteSettings before = web.installations.storedSettings(WEBSITE).orElseThrow();
        String message = saveATooLongSegment();
        screenshot("settings-page-invalid-segment.png");

        assertEquals("Item 2 must be at most 64 characters.", message);
        assertEquals("true", browser.property("#segments", "ariaInvalid").asText());
        assertEquals("segments", browser.script("return document.activeElement.id;").asText(), "focus moves to it");
        assertTrue(browser.text("#status").startsWith("Some settings need your attention"));
        assertEquals(before, web.installations.storedSettings(WEBSITE).orElseThrow());
    }

    @Test
    @Order(4)
    void a_bad_token_shows_an_error_page() throws Exception {
        browser.open(pageUrl("not-the-token"));

        String title = browser.await("the error page", "document.getElementById('problem-title')"
                + " && document.getElementById('problem-title').textContent", DEADLINE).asText();
        screenshot("settings-page-bad-token.png");

        assertEquals("This link is not valid", title);
        assertTrue(browser.text("#problem-message").contains("Open Rich Contact's settings again from your Crisp dashboard"));
        assertEquals(0, browser.script("return document.querySelectorAll('form').length;").asInt());
    }

    @Test
    @Order(5)
    void the_contact_care_toggles_show_their_defaults_and_their_cost_and_are_saved_and_reloaded() throws Exception {
        openSettings();
        browser.click("#tab-care");
        browser.await("the contact care panel", "!document.getElementById('panel-care').hidden", DEADLINE);
        screenshot("settings-page-contact-care.png");

        assertTrue(browser.property("#panel-general", "hidden").asBoolean(), "one panel at a time");
        for (String on : List.of("#attach_conversation", "#phoneless_senders", "#upgrade_on_late_email",
                "#unsubscribe_placeholders")) {
            assertTrue(browser.checked(on), on);
        }
        assertFalse(browser.checked("#profile_event"));
        for (String help : List.of("#attach_conversation-help", "#phoneless_senders-help", "#upgrade_on_late_email-help",
                "#unsubscribe_placeholders-help", "#profile_event-help")) {
            assertTrue(browser.text(help).contains("request"), () -> help + " says what it costs");
        }
        int contentHeight = browser.script("return document.documentElement.scrollHeight;").asInt();
        assertTrue(contentHeight <= HEIGHT, "the panel scrolls inside the iframe: " + contentHeight + "px");

        browser.click("#attach_conversation");
        browser.click("#unsubscribe_placeholders");
        browser.click("#profile_event");
        browser.click("#save");
        browser.await("the success message", "document.getElementById('status').textContent === 'Settings saved.'",
                DEADLINE);

        assertEquals(new ContactCare(false, true, true, false, true),
                web.installations.storedSettings(WEBSITE).orElseThrow().care(), "stored in (the fake of) Crisp");

        openSettings();
        browser.click("#tab-care");

        assertFalse(browser.checked("#attach_conversation"));
        assertTrue(browser.checked("#phoneless_senders"));
        assertTrue(browser.checked("#upgrade_on_late_email"));
        assertFalse(browser.checked("#unsubscribe_placeholders"));
        assertTrue(browser.checked("#profile_event"));
    }

    /** The English words a French page must not show: every text whose French differs from it. */
    @Test
    @Order(6)
    void in_french_no_english_word_or_message_key_is_left_on_the_page_and_validation_is_translated() throws Exception {
        browser.open(web.uri("/settings?website_id=" + WEBSITE.value() + "&token=" + TOKEN + "&locale=fr").toString());
        browser.await("the settings load into the form", LOADED, DEADLINE);
        String message = saveATooLongSegment();
        screenshot("settings-page-fr.png");

        assertEquals("L’élément 2 doit faire au plus 64 caractères.", message);
        assertEquals("fr", browser.script("return document.documentElement.lang;").asText());
        assertTrue(browser.text("#status").startsWith("Certains réglages demandent votre attention"));
        for (String tab : List.of("#tab-general", "#tab-care", "#tab-activity")) {
            browser.click(tab);
            if (tab.equals("#tab-activity")) {
                browser.await("the activity", "document.querySelectorAll('#chart rect.bar').length === 24", DEADLINE);
            }
            String visible = browser.script("return document.body.innerText;").asText();
            assertFalse(visible.contains("{{") || visible.matches("(?s).*\\b[a-z_]+\\.[a-z_.]+\\b.*"),
                    () -> "a message key is visible: " + visible);
            for (String english : untranslatedInFrench()) {
                assertFalse(visible.contains(english), () -> "untranslated: " + english);
            }
        }
    }

    private static SessionId session() {
        return new SessionId("session_" + UUID.randomUUID());
    }

    private void created(Channel channel) {
        web.activity.report(new CaptureOutcome.Created(WEBSITE, session(), channel, new ContactId(UUID.randomUUID().toString())));
    }

    @Test
    @Order(7)
    void the_activity_tab_draws_the_last_24_hours_and_shows_the_apis_numbers_inside_the_dashboards_frame() throws Exception {
        created(WHATSAPP);
        web.clock.advance(Duration.ofHours(2));
        created(WHATSAPP);
        created(TELEGRAM);
        web.activity.report(new CaptureOutcome.Skipped(WEBSITE, session(), WHATSAPP, SkipReason.EXISTS_BY_PHONE));
        web.activity.report(new CaptureOutcome.Failed(WEBSITE, session(), TELEGRAM, FailureCause.QUOTA_EXHAUSTED, "quota"));
        web.clock.advance(Duration.ofMinutes(20));
        created(WHATSAPP);
        web.listening.set(new Listening(true, false, true));
        JsonNode api = new ObjectMapper().readTree(web.get("/api/websites/" + WEBSITE.value() + "/activity", bearer(TOKEN)).body());

        String settings = web.uri("/settings?website_id=" + WEBSITE.value() + "&token=" + TOKEN + "&locale=en").toString();
        browser.open("http://127.0.0.1:" + dashboard.port() + "/dashboard?src="
                + URLEncoder.encode(settings, StandardCharsets.UTF_8));
        browser.switchToFrame("#plugin");
        browser.await("the settings load into the form", "!document.getElementById('form-body').disabled", DEADLINE);
        browser.click("#tab-activity");
        browser.await("the chart's 24 bars", "document.querySelectorAll('#chart rect.bar').length === 24", DEADLINE);
        browser.switchToTop();
        screenshot("settings-page-activity.png");
        browser.switchToFrame("#plugin");

        assertEquals(WIDTH, browser.script("return window.innerWidth;").asInt());
        assertEquals(HEIGHT, browser.script("return window.innerHeight;").asInt());
        int contentHeight = browser.script("return document.documentElement.scrollHeight;").asInt();
        assertTrue(contentHeight <= HEIGHT, "the activity scrolls inside the frame: " + contentHeight + "px");
        List<Long> bars = new ArrayList<>();
        browser.script("return Array.prototype.map.call(document.querySelectorAll('#chart rect.bar'),"
                + " function (bar) { return Number(bar.getAttribute('data-created')); });").forEach(n -> bars.add(n.asLong()));
        List<Long> perHour = new ArrayList<>();
        api.get("created_per_hour").forEach(hour -> perHour.add(hour.get("created").asLong()));
        assertEquals(perHour, bars, "one bar per hour of the API");
        assertEquals(4, perHour.stream().mapToLong(Long::longValue).sum());
        assertTrue(browser.script("return document.querySelector('#chart rect.bar[data-created=\"3\"]').getAttribute('height') > 80;")
                .asBoolean(), "the busiest hour is drawn the tallest");

        JsonNode today = api.get("today");
        assertEquals(today.get("created").asText(), browser.text("#act-created"));
        assertEquals(today.get("skipped").asText(), browser.text("#act-skipped"));
        assertEquals(today.get("failed").asText(), browser.text("#act-failed"));
        assertEquals("WhatsApp 3 1 0", browser.script("return document.querySelector('#act-channels tr:nth-child(2)').innerText"
                + ".replace(/\\s+/g, ' ').trim();").asText(), "the channels, by their usual names");
        assertTrue(browser.text("#act-reasons").contains("Contact exists (same phone)"));
        assertTrue(browser.text("#act-reasons").contains("Crisp quota spent"));
        assertTrue(browser.text("#listen-quota").contains("paused"));
        assertTrue(browser.text("#activity-note").contains("start again whenever Rich Contact restarts"));
        assertTrue(browser.script("return document.querySelector('.actions').hidden;").asBoolean(), "nothing to save here");

        browser.click("#period-total");
        assertEquals(api.get("total").get("created").asText(), browser.text("#act-created"));
        browser.switchToTop();
    }

    /** Saves a second segment of 70 characters and returns the message shown next to the field. */
    private String saveATooLongSegment() throws Exception {
        browser.clear("#segments");
        browser.type("#segments", "vip\n" + "x".repeat(70));
        browser.click("#save");
        return browser.await("the segment's message", "!document.getElementById('segments-error').hidden"
                + " && document.getElementById('segments-error').textContent", DEADLINE).asText();
    }

    /** Every English text of the bundles that French says otherwise. */
    private static List<String> untranslatedInFrench() throws Exception {
        Map<String, String> english = bundle("en");
        Map<String, String> french = bundle("fr");
        return english.keySet().stream().filter(key -> !english.get(key).equals(french.get(key)))
                .map(english::get).toList();
    }

    private static Map<String, String> bundle(String language) throws Exception {
        try (InputStream in = SettingsPageBrowserTest.class.getResourceAsStream(
                "/app/richcontact/adapters/web/settings/page/messages/" + language + ".json")) {
            return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, String>>() { });
        }
    }
}
