package app.richcontact.adapters.web;

import app.richcontact.domain.ContactCare;
import static app.richcontact.adapters.web.WebFixture.OTHER_TOKEN;
import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static app.richcontact.adapters.web.WebFixture.settingsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Channel;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Segment;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = """
            {"enabled": false, "all_channels": false, "channels": ["whatsapp", "telegram"],
             "segments": ["vip", "from-plugin"], "skip_if_email_exists": false, "geolocation": true}""";

    private final WebFixture web = new WebFixture();

    @AfterAll
    void stop() {
        web.close();
    }

    @BeforeEach
    void freshSettings() {
        web.core.saveSettings().save(WEBSITE, WebsiteSettings.DEFAULTS);
    }

    @Test
    void the_websites_settings_are_read_as_the_settings_document() throws Exception {
        HttpResponse<String> answer = web.get(settingsPath(WEBSITE), bearer(TOKEN));

        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(JSON.readTree("""
                {"enabled": true, "all_channels": true, "channels": [], "segments": [],
                 "skip_if_email_exists": true, "geolocation": false, "attach_conversation": true,
                 "phoneless_senders": true, "upgrade_on_late_email": true, "unsubscribe_placeholders": true,
                 "profile_event": false}"""), JSON.readTree(answer.body()));
    }

    @Test
    void saved_settings_are_stored_in_crisp_and_answered_in_canonical_form() throws Exception {
        HttpResponse<String> answer = web.put(settingsPath(WEBSITE), VALID.replace("\"vip\"", "\" VIP \""), bearer(TOKEN));

        assertEquals(200, answer.statusCode());
        assertEquals(List.of("vip", "from-plugin"), List.of(JSON.readTree(answer.body()).get("segments").get(0).asText(),
                JSON.readTree(answer.body()).get("segments").get(1).asText()));
        WebsiteSettings stored = web.installations.storedSettings(WEBSITE).orElseThrow();
        assertEquals(new WebsiteSettings(false, false, Set.of(new Channel("whatsapp"), new Channel("telegram")),
                List.of(new Segment("vip"), new Segment("from-plugin")), false, true, ContactCare.DEFAULTS), stored);
        assertEquals(stored, web.core.readSettings().read(WEBSITE));
    }

    @Test
    void a_missing_token_is_refused_with_401_and_a_bearer_challenge() throws Exception {
        HttpResponse<String> answer = web.get(settingsPath(WEBSITE));

        assertEquals(401, answer.statusCode());
        assertEquals("Bearer", answer.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals("missing_token", JSON.readTree(answer.body()).get("error").asText());
    }

    @Test
    void a_wrong_token_is_refused_with_401_and_nothing_is_saved() throws Exception {
        HttpResponse<String> read = web.get(settingsPath(WEBSITE), bearer(OTHER_TOKEN));
        HttpResponse<String> save = web.put(settingsPath(WEBSITE), VALID, bearer(TOKEN + "x"));

        assertEquals(401, read.statusCode());
        assertEquals(401, save.statusCode());
        assertEquals(WebsiteSettings.DEFAULTS, web.installations.storedSettings(WEBSITE).orElseThrow());
    }

    @Test
    void the_token_must_come_as_a_bearer_header_not_as_a_query_parameter() throws Exception {
        HttpResponse<String> answer = web.get(settingsPath(WEBSITE) + "?token=" + TOKEN);

        assertEquals(401, answer.statusCode());
    }

    @Test
    void an_unknown_website_is_answered_404() throws Exception {
        HttpResponse<String> unknown = web.get(settingsPath(new WebsiteId("11111111-2222-4333-8444-555555555555")),
                bearer(TOKEN));
        HttpResponse<String> notAnId = web.get("/api/websites/not-a-website/settings", bearer(TOKEN));

        assertEquals(404, unknown.statusCode());
        assertEquals("unknown_website", JSON.readTree(unknown.body()).get("error").asText());
        assertEquals(404, notAnId.statusCode());
    }

    @Test
    void a_website_installed_seconds_ago_is_found_with_one_crisp_lookup() throws Exception {
        WebsiteId fresh = new WebsiteId("22222222-3333-4444-8555-666666666666");
        web.installations.install(new Installation(fresh, WebsiteToken.of("fresh-token"), WebsiteSettings.DEFAULTS));
        int lookupsBefore = web.calls.of("installations.find");

        HttpResponse<String> answer = web.get(settingsPath(fresh), bearer("fresh-token"));

        assertEquals(200, answer.statusCode());
        assertEquals(1, web.calls.of("installations.find") - lookupsBefore);
    }

    @Test
    void invalid_settings_are_answered_400_with_one_message_per_field_by_wire_name() throws Exception {
        String tooLong = "x".repeat(65);
        HttpResponse<String> answer = web.put(settingsPath(WEBSITE), """
                {"enabled": "yes", "all_channels": 1, "channels": ["what's app"], "segments": ["ok", "%s"],
                 "skip_if_email_exists": null, "geolocation": []}""".formatted(tooLong), bearer(TOKEN));

        assertEquals(400, answer.statusCode());
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("invalid_settings", body.get("error").asText());
        JsonNode fields = body.get("fields");
        assertEquals(Set.of("enabled", "all_channels", "channels", "segments", "geolocation"), fieldNames(fields));
        assertEquals("must be true or false", fields.get("enabled").asText());
        assertEquals("item 2 must be at most 64 characters", fields.get("segments").asText());
        assertEquals(JSON.readTree("{\"key\": \"item_too_long\", \"params\": {\"item\": 2, \"max\": 64}}"),
                body.get("field_errors").get("segments"), "keyed, for the page to translate");
        assertEquals(JSON.readTree("{\"key\": \"boolean\", \"params\": {}}"), body.get("field_errors").get("enabled"));
        assertFalse(answer.body().contains(tooLong), "the answer must not echo the rejected value");
        assertEquals(WebsiteSettings.DEFAULTS, web.installations.storedSettings(WEBSITE).orElseThrow());
    }

    @Test
    void no_channel_without_all_channels_is_a_field_error_on_channels() throws Exception {
        HttpResponse<String> answer = web.put(settingsPath(WEBSITE), "{\"all_channels\": false}", bearer(TOKEN));

        assertEquals(400, answer.statusCode());
        assertEquals(Set.of("channels"), fieldNames(JSON.readTree(answer.body()).get("fields")));
    }

    @Test
    void a_body_that_is_not_a_json_object_is_answered_400() throws Exception {
        for (String body : List.of("not json", "[true]", "{\"enabled\": true} trailing", "", "{\"a\":1,\"a\":2}")) {
            HttpResponse<String> answer = web.put(settingsPath(WEBSITE), body, bearer(TOKEN));

            assertEquals(400, answer.statusCode(), body);
            assertEquals("invalid_json", JSON.readTree(answer.body()).get("error").asText(), body);
        }
    }

    @Test
    void a_body_over_the_limit_is_answered_413_whether_its_length_is_announced_or_not() throws Exception {
        String huge = "{\"segments\": [\"" + "a".repeat(WebConfig.DEFAULT_MAX_BODY_BYTES) + "\"]}";
        HttpResponse<String> announced = web.put(settingsPath(WEBSITE), huge, bearer(TOKEN));
        HttpResponse<String> chunked = web.send(web.request(settingsPath(WEBSITE), bearer(TOKEN))
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
                .build());

        assertEquals(413, announced.statusCode());
        assertEquals(413, chunked.statusCode());
        assertEquals("too_large", JSON.readTree(chunked.body()).get("error").asText());
    }

    @Test
    void crisp_being_unavailable_while_saving_is_answered_503_with_retry_after() throws Exception {
        web.installations.failures().failNext(new OutboundFailure(FailureCause.UNAVAILABLE,
                "crisp answered 502 on PATCH plugins/subscription", Duration.ofSeconds(7), null));

        HttpResponse<String> answer = web.put(settingsPath(WEBSITE), VALID, bearer(TOKEN));

        assertEquals(503, answer.statusCode());
        assertEquals("7", answer.headers().firstValue("Retry-After").orElse(""));
        assertEquals("crisp_unavailable", JSON.readTree(answer.body()).get("error").asText());
        assertFalse(answer.body().contains("502"), "internals stay inside");
        assertEquals(WebsiteSettings.DEFAULTS, web.core.readSettings().read(WEBSITE));
    }

    @Test
    void crisp_being_unavailable_while_checking_a_new_websites_token_is_answered_503() throws Exception {
        WebsiteId unseen = new WebsiteId("33333333-4444-4555-8666-777777777777");
        web.installations.failures().failNext(new OutboundFailure(FailureCause.QUOTA_EXHAUSTED, "quota"));

        HttpResponse<String> answer = web.get(settingsPath(unseen), bearer("any"));

        assertEquals(503, answer.statusCode());
        assertTrue(answer.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void no_answer_carries_a_stack_trace_or_an_exception_name() throws Exception {
        web.installations.failures().failNext(new IllegalStateException("boom at internal place"));

        HttpResponse<String> answer = web.put(settingsPath(WEBSITE), VALID, bearer(TOKEN));

        assertEquals(500, answer.statusCode());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("boom")
                || answer.body().contains("at app."), answer.body());
    }

    @Test
    void unknown_routes_answer_404_without_details() throws Exception {
        HttpResponse<String> answer = web.get("/no/such/route?token=" + TOKEN);

        assertEquals(404, answer.statusCode());
        assertFalse(answer.body().contains(TOKEN));
        assertFalse(answer.body().contains("/no/such/route"));
    }

    private static Set<String> fieldNames(JsonNode fields) {
        Set<String> names = new java.util.TreeSet<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
