package app.richcontact.adapters.crisprest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers nothing from Crisp guarantees: nothing in a body is trusted, and nothing ends as a NullPointerException. */
class CrispAnswersTest {

    private static final WebsiteId WEBSITE = new WebsiteId(UUID.randomUUID().toString());
    private static final SessionId SESSION = new SessionId("session_" + UUID.randomUUID());

    private final ScriptedCrisp crisp = new ScriptedCrisp();
    private final CrispRestGateway gateway = new CrispRestGateway(
            CrispRestConfig.builder(crisp.baseUri(), "id", "key", "test").connectTimeout(Duration.ofSeconds(2))
                    .requestTimeout(Duration.ofSeconds(2)).maxRetries(1).build(), Clock.systemUTC());

    @AfterEach
    void stop() {
        crisp.close();
    }

    private static NewContact contact() {
        return new NewContact(EmailAddress.parse("jane@example.com"), PhoneNumber.parse("+351925923040"), null,
                List.of(new Segment("whatsapp")), null);
    }

    @Test
    void a_success_whose_body_is_not_json_is_an_unexpected_failure_naming_the_route() {
        crisp.answer("GET website/", 200, "<html>ok</html>");
        OutboundFailure failure = assertThrows(OutboundFailure.class, () -> gateway.conversations().snapshot(WEBSITE, SESSION));
        assertEquals(FailureCause.UNEXPECTED, failure.failureCause());
        assertTrue(failure.getMessage().contains("GET website/{website_id}/conversation/{session_id}"), failure.getMessage());
    }

    @Test
    void a_conversation_with_wrong_types_and_invalid_values_keeps_only_what_is_valid() {
        crisp.answer("GET website/", 200, "{\"error\":false,\"reason\":\"resolved\",\"data\":{\"people_id\":42,"
                + "\"meta\":{\"phone\":\"anonymous\",\"email\":[\"x\"],\"nickname\":\"Jane\",\"device\":{\"geolocation\":"
                + "{\"country\":\"Portugal\",\"city\":\"Lisboa\"}}}}}");
        ConversationSnapshot snapshot = gateway.conversations().snapshot(WEBSITE, SESSION);
        assertEquals(null, snapshot.linkedContact());
        VisitorDetails visitor = snapshot.visitor();
        assertEquals(null, visitor.phone());
        assertEquals(null, visitor.email());
        assertEquals("Jane", visitor.nickname().revealForCrm());
        assertEquals("Lisboa", visitor.geolocation().city());
        assertEquals(null, visitor.geolocation().country());
    }

    @Test
    void a_conversation_without_data_is_an_empty_snapshot_not_a_crash() {
        crisp.answer("GET website/", 200, "{\"error\":false,\"reason\":\"resolved\"}");
        assertEquals(new ConversationSnapshot(VisitorDetails.NONE, null), gateway.conversations().snapshot(WEBSITE, SESSION));
    }

    @Test
    void a_created_profile_without_a_people_id_is_an_unexpected_failure() {
        crisp.answer("POST website/", 201, "{\"error\":false,\"reason\":\"added\",\"data\":{}}");
        OutboundFailure failure = assertThrows(OutboundFailure.class, () -> gateway.contacts().create(WEBSITE, contact()));
        assertEquals(FailureCause.UNEXPECTED, failure.failureCause());
    }

    @Test
    void a_refused_create_whose_email_does_not_exist_is_a_rejection_not_a_duplicate() {
        crisp.answer("POST website/", 400, "{\"error\":true,\"reason\":\"invalid_data\",\"data\":{\"message\":\"nope\"}}")
                .answer("GET website/", 404, "");
        OutboundFailure failure = assertThrows(OutboundFailure.class, () -> gateway.contacts().create(WEBSITE, contact()));
        assertEquals(FailureCause.REJECTED, failure.failureCause());
        assertTrue(failure.getMessage().contains("400 invalid_data"), failure.getMessage());
        assertFalse(failure.getMessage().contains("jane"), "no personal data in failures");
    }

    @Test
    void an_html_error_page_from_a_proxy_is_retried_as_a_server_error() {
        crisp.answer("GET website/", 502, "<html>Bad Gateway</html>");
        OutboundFailure failure = assertThrows(OutboundFailure.class, () -> gateway.conversations().snapshot(WEBSITE, SESSION));
        assertEquals(FailureCause.UNAVAILABLE, failure.failureCause());
        assertTrue(failure.getMessage().contains("502") && failure.getMessage().contains("2 attempts"), failure.getMessage());
    }

    @Test
    void retry_after_given_as_an_http_date_is_honoured() {
        String inTwoMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(2));
        crisp.answer("GET website/", 429, "{\"error\":true,\"reason\":\"quota_limit_exceeded\"}", Map.of("Retry-After", inTwoMinutes));
        OutboundFailure failure = assertThrows(OutboundFailure.class, () -> gateway.conversations().snapshot(WEBSITE, SESSION));
        Duration asked = failure.retryAfter().orElseThrow();
        assertTrue(asked.compareTo(Duration.ofSeconds(100)) > 0 && asked.compareTo(Duration.ofSeconds(121)) <= 0, asked::toString);
    }

    @Test
    void unreadable_installations_are_skipped_not_trusted() {
        crisp.answer("GET plugin/connect/websites/all/1", 200, "{\"error\":false,\"data\":["
                + "{\"website_id\":\"not-a-uuid\",\"token\":\"t\",\"settings\":{}},"
                + "{\"website_id\":\"" + WEBSITE.value() + "\",\"settings\":{}},"
                + "{\"website_id\":\"" + WEBSITE.value() + "\",\"token\":\"t\",\"settings\":{\"enabled\":\"yes\"}}]}")
                .answer("GET plugin/connect/websites/all/2", 200, "{\"error\":false,\"data\":[]}");
        var installations = gateway.installations().all();
        assertEquals(1, installations.size());
        assertEquals(WEBSITE, installations.get(0).website());
        assertTrue(installations.get(0).settings().enabled(), "an invalid stored field takes its default");
    }

    private static String since(WebsiteId... websites) {
        StringBuilder items = new StringBuilder();
        for (WebsiteId website : websites) {
            items.append(items.length() == 0 ? "" : ",").append("{\"website_id\":\"").append(website.value())
                    .append("\",\"difference\":\"removed\"}");
        }
        return "{\"error\":false,\"data\":[" + items + "]}";
    }

    private ScriptedCrisp withPluginId() {
        return crisp.answer("GET plugin/connect/account", 200, "{\"error\":false,\"data\":{\"plugin_id\":\"p\"}}");
    }

    private static String settingsRoute(WebsiteId website) {
        return "GET plugins/subscription/" + website.value() + "/p/settings";
    }

    @Test
    void one_unreadable_entry_of_a_poll_is_skipped_and_the_others_are_still_returned() {
        WebsiteId forbidden = new WebsiteId(UUID.randomUUID().toString());
        WebsiteId gone = new WebsiteId(UUID.randomUUID().toString());
        WebsiteId tokenless = new WebsiteId(UUID.randomUUID().toString());
        WebsiteId garbled = new WebsiteId(UUID.randomUUID().toString());
        WebsiteId kept = new WebsiteId(UUID.randomUUID().toString());
        withPluginId().answer("GET plugin/connect/websites/since", 200, since(forbidden, gone, tokenless, garbled, kept))
                .answer(settingsRoute(forbidden), 403, "{\"error\":true,\"reason\":\"not_allowed\",\"data\":{}}")
                .answer(settingsRoute(gone), 404, "{\"error\":true,\"reason\":\"not_found\",\"data\":{}}")
                .answer(settingsRoute(tokenless), 200, "{\"error\":false,\"data\":{\"settings\":{}}}")
                .answer(settingsRoute(garbled), 200, "<html>oops</html>")
                .answer(settingsRoute(kept), 200, "{\"error\":false,\"data\":{\"token\":\"t\",\"settings\":{}}}");

        var changes = gateway.installations().changedSince(java.time.Instant.now().minusSeconds(60));

        assertEquals(List.of(forbidden, gone), changes.removed(), "403 and 404 both mean not installed");
        assertEquals(List.of(kept), changes.current().stream().map(installation -> installation.website()).toList());
    }

    @Test
    void a_401_on_the_settings_route_stays_a_refusal_of_the_plugins_token() {
        withPluginId().answer(settingsRoute(WEBSITE), 401, "{\"error\":true,\"reason\":\"unauthorized\",\"data\":{}}");

        OutboundFailure failure = assertThrows(OutboundFailure.class, () -> gateway.installations().find(WEBSITE));
        assertEquals(FailureCause.REJECTED, failure.failureCause());
        OutboundFailure poll = assertThrows(OutboundFailure.class, () -> {
            crisp.answer("GET plugin/connect/websites/since", 200, since(WEBSITE));
            gateway.installations().changedSince(java.time.Instant.now());
        });
        assertEquals(FailureCause.REJECTED, poll.failureCause(), "a token problem fails the whole poll");
    }

    @Test
    void a_403_on_another_route_stays_a_refusal() {
        crisp.answer("GET website/" + WEBSITE.value() + "/conversation/", 403,
                "{\"error\":true,\"reason\":\"not_allowed\",\"data\":{}}");

        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> gateway.conversations().snapshot(WEBSITE, SESSION));
        assertEquals(FailureCause.REJECTED, failure.failureCause());
    }

    @Test
    void realtime_endpoints_without_a_socket_url_are_an_unexpected_failure() {
        crisp.answer("GET plugin/connect/endpoints", 200, "{\"error\":false,\"data\":{\"socket\":{\"app\":7}}}");
        assertEquals(FailureCause.UNEXPECTED,
                assertThrows(OutboundFailure.class, gateway::realtimeEndpoints).failureCause());
    }
}
