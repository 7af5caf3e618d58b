package app.richcontact.adapters.web;

import static app.richcontact.adapters.web.WebFixture.OTHER_TOKEN;
import static app.richcontact.adapters.web.WebFixture.OTHER_WEBSITE;
import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.WebsiteActivity.Listening;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /api/websites/{id}/activity}: the website's counts as JSON, behind the settings API's token and rates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Channel WHATSAPP = new Channel("whatsapp");

    private final WebFixture web = new WebFixture();

    @AfterAll
    void stop() {
        web.close();
    }

    private static String activityPath(app.richcontact.domain.WebsiteId website) {
        return "/api/websites/" + website.value() + "/activity";
    }

    private static SessionId session() {
        return new SessionId("session_" + UUID.randomUUID());
    }

    @Test
    void the_activity_is_answered_as_documented_with_counts_times_and_listening_flags() throws Exception {
        web.activity.report(new CaptureOutcome.Created(WEBSITE, session(), WHATSAPP, new ContactId(UUID.randomUUID().toString())));
        web.clock.advance(Duration.ofMinutes(5));
        web.activity.report(new CaptureOutcome.Skipped(WEBSITE, session(), WHATSAPP, SkipReason.EXISTS_BY_PHONE));
        web.activity.report(new CaptureOutcome.Failed(WEBSITE, session(), new Channel("telegram"),
                FailureCause.UNAVAILABLE, "detail"));
        web.listening.set(new Listening(false, true, true));

        HttpResponse<String> answer = web.get(activityPath(WEBSITE), bearer(TOKEN));

        assertEquals(200, answer.statusCode());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        JsonNode body = JSON.readTree(answer.body());
        assertEquals(web.clock.instant().toString(), body.get("now").asText());
        assertTrue(body.get("restarts_with_process").asBoolean());
        assertEquals(JSON.readTree("""
                {"created": 1, "skipped": 1, "failed": 1,
                 "by_channel": {"telegram": {"created": 0, "skipped": 0, "failed": 1},
                                "whatsapp": {"created": 1, "skipped": 1, "failed": 0}},
                 "skip_reasons": {"exists_by_phone": 1}, "failure_causes": {"unavailable": 1}}"""), body.get("total"));
        assertEquals("2026-11-23", body.get("today").get("day").asText());
        assertEquals(1, body.get("today").get("created").asLong());
        assertEquals("2026-11-23T09:00:00Z", body.get("last_created").asText());
        assertEquals(24, body.get("created_per_hour").size());
        assertEquals(JSON.readTree("{\"hour\": \"2026-11-23T09:00:00Z\", \"created\": 1}"), body.get("created_per_hour").get(23));
        assertEquals(JSON.readTree("{\"realtime\": false, \"web_hooks\": true, \"paused_for_quota\": true}"),
                body.get("listening"));
        assertTrue(body.get("since").asText().endsWith("Z"));
    }

    @Test
    void a_website_with_nothing_counted_answers_zeros_and_no_last_creation() throws Exception {
        JsonNode body = JSON.readTree(web.get(activityPath(OTHER_WEBSITE), bearer(OTHER_TOKEN)).body());

        assertEquals(0, body.get("total").get("created").asLong());
        assertTrue(body.get("last_created").isNull());
        body.get("created_per_hour").forEach(hour -> assertEquals(0, hour.get("created").asLong()));
    }

    @Test
    void the_activity_needs_the_websites_own_token() throws Exception {
        assertEquals(401, web.get(activityPath(WEBSITE)).statusCode());
        assertEquals(401, web.get(activityPath(WEBSITE), bearer(OTHER_TOKEN)).statusCode());
        assertEquals(404, web.get("/api/websites/" + UUID.randomUUID() + "/activity", bearer(TOKEN)).statusCode());
    }

    @Test
    void the_activity_shares_the_websites_rate_with_the_settings_api() throws Exception {
        try (WebFixture limited = new WebFixture(config -> config.websiteRateLimit(new RateLimit(2, Duration.ofMinutes(1))))) {
            assertEquals(200, limited.get(WebFixture.settingsPath(WEBSITE), bearer(TOKEN)).statusCode());
            assertEquals(200, limited.get(activityPath(WEBSITE), bearer(TOKEN)).statusCode());

            HttpResponse<String> refused = limited.get(activityPath(WEBSITE), bearer(TOKEN));

            assertEquals(429, refused.statusCode());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        }
    }
}
