package app.richcontact.adapters.web;

import static app.richcontact.adapters.web.WebFixture.OTHER_TOKEN;
import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static app.richcontact.adapters.web.WebFixture.settingsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsPageTest {

    private static final String PAGE = "/settings?website_id=" + WEBSITE.value() + "&token=" + TOKEN;

    private final WebFixture web = new WebFixture();

    @AfterAll
    void stop() {
        web.close();
    }

    @Test
    void the_settings_page_is_served_for_a_genuine_link_ignoring_unknown_parameters() throws Exception {
        HttpResponse<String> answer = web.get(PAGE + "&utm_source=crisp&website_id_extra=1");

        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(answer.body().contains("<form id=\"settings-form\""));
        assertTrue(answer.body().contains("<html lang=\"en\">"));
    }

    @Test
    void crisps_locale_picks_the_language_of_the_page_and_an_unknown_one_falls_back_to_english() throws Exception {
        for (String[] row : new String[][] {{"fr", "fr", "Enregistrer les réglages"}, {"pt-BR", "pt", "Salvar configurações"},
                {"es_ES", "es", "Guardar ajustes"}, {"DE", "de", "Einstellungen speichern"}, {"ja", "en", "Save settings"},
                {"", "en", "Save settings"}}) {
            HttpResponse<String> answer = web.get(PAGE + "&locale=" + row[0]);

            assertEquals(row[1], answer.headers().firstValue("Content-Language").orElse(""), row[0]);
            assertTrue(answer.body().contains("<html lang=\"" + row[1] + "\">"), row[0]);
            assertTrue(answer.body().contains(">" + row[2] + "<"), row[0]);
            assertFalse(answer.body().contains("{{"), "every word is filled in");
        }
    }

    @Test
    void the_scripts_words_are_served_per_language_and_an_unknown_language_is_not_found() throws Exception {
        HttpResponse<String> french = web.get("/settings/assets/messages/fr.json");

        assertEquals(200, french.statusCode());
        assertTrue(french.body().contains("\"status.saved\":\"Réglages enregistrés.\""), french.body());
        assertEquals(404, web.get("/settings/assets/messages/ja.json").statusCode());
        assertEquals(404, web.get("/settings/assets/messages/fr").statusCode());
    }

    @Test
    void the_error_page_speaks_the_locale_too() throws Exception {
        HttpResponse<String> answer = web.get("/settings?website_id=" + WEBSITE.value() + "&token=wrong&locale=fr");

        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("Ce lien n’est pas valide"), answer.body());
    }

    @Test
    void the_page_offers_the_common_channels_by_their_usual_names() throws Exception {
        String body = web.get(PAGE).body();

        for (String label : List.of("WhatsApp", "Aircall", "Instagram", "Messenger", "Telegram", "LINE", "Viber", "SMS")) {
            assertTrue(body.contains("<span>" + label + "</span>"), label);
        }
        assertTrue(body.contains("value=\"whatsapp\""));
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        for (String path : List.of(PAGE, settingsPath(WEBSITE), "/settings/assets/settings.js", "/health/live",
                "/settings?website_id=" + WEBSITE.value() + "&token=wrong", "/nothing-here")) {
            HttpResponse<String> answer = web.get(path, bearer(TOKEN));
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");

            assertTrue(csp.contains("frame-ancestors https://app.crisp.chat"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), csp);
            assertTrue(csp.contains("default-src 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertTrue(answer.headers().firstValue("X-Frame-Options").isEmpty(), "never X-Frame-Options: " + path);
            assertTrue(answer.headers().firstValue("Server").isEmpty(), "no server banner: " + path);
        }
    }

    @Test
    void the_frame_ancestors_are_configurable() throws Exception {
        try (WebFixture framed = new WebFixture(config -> config.frameAncestors(
                List.of("https://app.crisp.chat", "https://*.crisp.example")))) {
            String csp = framed.get(PAGE).headers().firstValue("Content-Security-Policy").orElse("");

            assertTrue(csp.endsWith("frame-ancestors https://app.crisp.chat https://*.crisp.example"), csp);
        }
    }

    @Test
    void the_page_and_the_answers_are_never_cached() throws Exception {
        assertEquals("no-store", web.get(PAGE).headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", web.get(settingsPath(WEBSITE), bearer(TOKEN)).headers()
                .firstValue("Cache-Control").orElse(""));
    }

    @Test
    void the_page_has_no_inline_script_style_or_event_handler() throws Exception {
        String body = web.get(PAGE).body();

        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(body);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("src=\"settings/assets/settings.js\""), scripts.group());
            assertTrue(body.startsWith("</script>", scripts.end()), "the script element must be empty");
        }
        assertEquals(1, count);
        assertFalse(body.contains("<style"), "no style element");
        assertFalse(Pattern.compile("\\sstyle=").matcher(body).find(), "no style attribute");
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(body).find(), "no inline event handler");
        assertFalse(body.contains("http://") || body.contains("https://"), "no CDN or other origin");
    }

    @Test
    void every_form_control_has_a_label_and_every_field_has_an_error_slot() throws Exception {
        String body = web.get(PAGE).body();

        Matcher controls = Pattern.compile("<(input|textarea)[^>]*\\sid=\"([^\"]+)\"").matcher(body);
        while (controls.find()) {
            assertTrue(body.contains("for=\"" + controls.group(2) + "\""), "label for " + controls.group(2));
        }
        for (String field : List.of("enabled", "all_channels", "channels", "segments", "skip_if_email_exists",
                "geolocation")) {
            assertTrue(body.contains("id=\"" + field + "-error\""), field);
        }
        assertTrue(body.contains("aria-live=\"polite\""));
    }

    @Test
    void the_files_the_page_needs_are_served_with_their_types() throws Exception {
        HttpResponse<String> styles = web.get("/settings/assets/settings.css");
        HttpResponse<String> script = web.get("/settings/assets/settings.js");

        assertEquals(200, styles.statusCode());
        assertTrue(styles.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().contains("'Authorization': 'Bearer ' + token"), "the token travels in a header");
    }

    @Test
    void the_settings_schema_is_served_at_a_stable_address() throws Exception {
        HttpResponse<String> schema = web.get("/settings/schema.json");

        assertEquals(200, schema.statusCode());
        assertTrue(schema.headers().firstValue("Content-Type").orElse("").startsWith("application/schema+json"));
        assertTrue(schema.body().contains("\"skip_if_email_exists\""));
    }

    @Test
    void a_wrong_token_shows_an_error_page_with_401() throws Exception {
        HttpResponse<String> answer = web.get("/settings?website_id=" + WEBSITE.value() + "&token=" + OTHER_TOKEN);

        assertEquals(401, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(answer.body().contains("This link is not valid"));
        assertFalse(answer.body().contains("settings-form"));
        assertFalse(answer.body().contains(OTHER_TOKEN), "the token is not echoed");
    }

    @Test
    void a_missing_token_an_unknown_website_and_a_missing_website_show_their_error_pages() throws Exception {
        assertEquals(401, web.get("/settings?website_id=" + WEBSITE.value()).statusCode());
        assertEquals(404, web.get("/settings?website_id=11111111-2222-4333-8444-555555555555&token=x").statusCode());
        assertEquals(404, web.get("/settings?website_id=%3Cscript%3E&token=x").statusCode());
        assertEquals(400, web.get("/settings").statusCode());
    }
}
