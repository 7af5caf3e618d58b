package app.richcontact.adapters.web;

import app.richcontact.domain.ContactCare;
import static app.richcontact.adapters.web.HookRequests.body;
import static app.richcontact.adapters.web.HookRequests.signedHeaders;
import static app.richcontact.adapters.web.WebFixture.HOOK_SECRET;
import static app.richcontact.adapters.web.WebFixture.OTHER_WEBSITE;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.in.ConversationEvent.ConversationRequested;
import app.richcontact.application.port.in.ConversationEvent.OriginChanged;
import app.richcontact.application.port.in.ConversationEvent.ProfileLinked;
import app.richcontact.application.port.in.ConversationEvent.VisitorDetailsChanged;
import app.richcontact.application.port.in.ConversationEvent.VisitorMessageSent;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrispHookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private final WebFixture web = new WebFixture();

    @AfterAll
    void stop() {
        web.close();
    }

    private HttpResponse<String> deliver(byte[] body) throws Exception {
        return web.post("/webhooks/crisp", body, signedHeaders(HOOK_SECRET, now(), body));
    }

    private String now() {
        return Long.toString(web.clock.millis());
    }

    private static SessionId newSession() {
        return new SessionId("session_" + UUID.randomUUID());
    }

    private static byte[] visitorMessage(SessionId session, long fingerprint) {
        return body(WEBSITE.value(), "message:send", """
                {"website_id": "%s", "session_id": "%s", "inbox_id": null, "type": "text", "from": "user",
                 "origin": "urn:crisp.im:whatsapp:0", "content": "Hello", "fingerprint": %d,
                 "timestamp": 1795424400000, "user": {"user_id": "x", "nickname": "Jane Doe"}}"""
                .formatted(WEBSITE.value(), session.value(), fingerprint));
    }

    private List<ConversationEvent> eventsOf(SessionId session) {
        return web.conversationEvents().stream().filter(event -> event.session().equals(session)).toList();
    }

    private static String result(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body()).get("result").asText();
    }

    @Test
    void a_correctly_signed_visitor_message_reaches_the_capture_in_port() throws Exception {
        SessionId session = newSession();

        HttpResponse<String> answer = deliver(visitorMessage(session, 1001));

        assertEquals(200, answer.statusCode());
        assertEquals("accepted", result(answer));
        assertEquals(List.of(new VisitorMessageSent(WEBSITE, session, new Origin("urn:crisp.im:whatsapp:0"),
                Nickname.parse("Jane Doe"))), eventsOf(session));
    }

    @Test
    void a_standby_replica_refuses_deliveries_and_takes_them_again_once_it_is_active() throws Exception {
        try (WebFixture replica = new WebFixture()) {
            replica.server.hookEvents().orElseThrow().stop();
            SessionId session = newSession();
            byte[] body = visitorMessage(session, 78);
            assertEquals(503, replica.post("/webhooks/crisp", body,
                    signedHeaders(HOOK_SECRET, Long.toString(replica.clock.millis()), body)).statusCode());

            replica.server.hookEvents().orElseThrow().start();
            HttpResponse<String> answer = replica.post("/webhooks/crisp", body,
                    signedHeaders(HOOK_SECRET, Long.toString(replica.clock.millis()), body));

            assertEquals("accepted", result(answer));
            assertEquals(1, replica.conversationEvents().stream().filter(event -> event.session().equals(session)).count());
        }
    }

    @Test
    void deliveries_during_shutdown_are_refused_so_that_crisp_sends_them_again() throws Exception {
        try (WebFixture stopping = new WebFixture()) {
            stopping.server.hookEvents().orElseThrow().stop();
            SessionId session = newSession();
            byte[] body = visitorMessage(session, 77);

            HttpResponse<String> answer = stopping.post("/webhooks/crisp", body,
                    signedHeaders(HOOK_SECRET, Long.toString(stopping.clock.millis()), body));

            assertEquals(503, answer.statusCode());
            assertTrue(answer.headers().firstValue("Retry-After").isPresent());
            assertEquals(List.of(), stopping.conversationEvents().stream()
                    .filter(event -> event.session().equals(session)).toList());
        }
    }

    @Test
    void a_tampered_body_is_refused_with_401() throws Exception {
        SessionId session = newSession();
        byte[] signed = visitorMessage(session, 1);
        String[] headers = signedHeaders(HOOK_SECRET, now(), signed);
        byte[] tampered = new String(signed, StandardCharsets.UTF_8).replace("whatsapp", "telegram")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = web.post("/webhooks/crisp", tampered, headers);

        assertEquals(401, answer.statusCode());
        assertTrue(eventsOf(session).isEmpty());
    }

    @Test
    void a_signature_made_with_another_secret_is_refused_with_401() throws Exception {
        SessionId session = newSession();
        byte[] body = visitorMessage(session, 1);

        HttpResponse<String> answer = web.post("/webhooks/crisp", body, signedHeaders("not-our-secret", now(), body));

        assertEquals(401, answer.statusCode());
        assertTrue(eventsOf(session).isEmpty());
    }

    @Test
    void a_signature_over_re_serialised_json_does_not_match_the_raw_body() throws Exception {
        SessionId session = newSession();
        byte[] raw = visitorMessage(session, 1);
        byte[] reSerialised = JSON.writeValueAsBytes(JSON.readTree(raw));
        String timestamp = now();

        HttpResponse<String> refused = web.post("/webhooks/crisp", raw,
                "X-Crisp-Request-Timestamp", timestamp, "Content-Type", "application/json",
                "X-Crisp-Signature", HookRequests.sign(HOOK_SECRET, timestamp, reSerialised));
        HttpResponse<String> accepted = web.post("/webhooks/crisp", raw, signedHeaders(HOOK_SECRET, timestamp, raw));

        assertEquals(401, refused.statusCode());
        assertEquals(200, accepted.statusCode());
        assertEquals(1, eventsOf(session).size());
    }

    @Test
    void a_timestamp_outside_the_tolerance_is_refused_with_401() throws Exception {
        SessionId session = newSession();
        byte[] body = visitorMessage(session, 1);
        long now = web.clock.millis();

        for (long skew : List.of(-Duration.ofMinutes(6).toMillis(), Duration.ofMinutes(6).toMillis())) {
            String timestamp = Long.toString(now + skew);
            assertEquals(401, web.post("/webhooks/crisp", body, signedHeaders(HOOK_SECRET, timestamp, body))
                    .statusCode(), "skew " + skew);
        }
        assertTrue(eventsOf(session).isEmpty());

        String fourMinutesAgo = Long.toString(now - Duration.ofMinutes(4).toMillis());
        assertEquals(200, web.post("/webhooks/crisp", body, signedHeaders(HOOK_SECRET, fourMinutesAgo, body))
                .statusCode());
    }

    @Test
    void a_timestamp_in_seconds_is_understood_too() throws Exception {
        byte[] body = visitorMessage(newSession(), 1);
        String seconds = Long.toString(web.clock.millis() / 1000);

        assertEquals(200, web.post("/webhooks/crisp", body, signedHeaders(HOOK_SECRET, seconds, body)).statusCode());
    }

    @Test
    void a_missing_or_malformed_signature_is_refused_with_401() throws Exception {
        byte[] body = visitorMessage(newSession(), 1);

        assertEquals(401, web.post("/webhooks/crisp", body).statusCode());
        assertEquals(401, web.post("/webhooks/crisp", body, "X-Crisp-Request-Timestamp", now()).statusCode());
        assertEquals(401, web.post("/webhooks/crisp", body, "X-Crisp-Request-Timestamp", now(),
                "X-Crisp-Signature", "zz" + "0".repeat(62)).statusCode());
        assertEquals(401, web.post("/webhooks/crisp", body, "X-Crisp-Request-Timestamp", "yesterday",
                "X-Crisp-Signature", HookRequests.sign(HOOK_SECRET, "yesterday", body)).statusCode());
    }

    @Test
    void a_redelivered_message_is_handled_once() throws Exception {
        SessionId session = newSession();
        byte[] body = visitorMessage(session, 4242);

        HttpResponse<String> first = deliver(body);
        web.clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> retry = deliver(body);
        HttpResponse<String> anotherMessage = deliver(visitorMessage(session, 4243));

        assertEquals(200, first.statusCode());
        assertEquals(200, retry.statusCode());
        assertEquals("duplicate", result(retry));
        assertEquals("accepted", result(anotherMessage));
        assertEquals(2, eventsOf(session).size());
    }

    @Test
    void a_redelivered_details_event_is_handled_once() throws Exception {
        SessionId session = newSession();
        byte[] body = body(WEBSITE.value(), "session:set_phone",
                "{\"session_id\": \"" + session.value() + "\", \"phone\": \"+351 925 923 040\"}");

        deliver(body);
        HttpResponse<String> retry = deliver(body);

        assertEquals("duplicate", result(retry));
        assertEquals(1, eventsOf(session).size());
    }

    @Test
    void each_session_event_becomes_its_conversation_event() throws Exception {
        SessionId session = newSession();
        String id = "\"session_id\": \"" + session.value() + "\"";
        String peopleId = "b6f4c1d2-3e4f-4a5b-8c6d-7e8f9a0b1c2d";

        deliver(body(WEBSITE.value(), "session:request:initiated", "{" + id + "}"));
        deliver(body(WEBSITE.value(), "session:set_phone", "{" + id + ", \"phone\": \"+351 925 923 040\"}"));
        deliver(body(WEBSITE.value(), "session:set_email", "{" + id + ", \"email\": \"jane@example.com\"}"));
        deliver(body(WEBSITE.value(), "session:set_nickname", "{" + id + ", \"nickname\": \"Jane\"}"));
        deliver(body(WEBSITE.value(), "session:sync:geolocation", "{" + id
                + ", \"geolocation\": {\"country\": \"pt\", \"region\": \"Lisboa\", \"city\": \"Lisbon\","
                + " \"coordinates\": {\"latitude\": 38.7, \"longitude\": -9.1}}}"));
        deliver(body(WEBSITE.value(), "session:set_origin", "{" + id + ", \"origin\": \"urn:crisp.im:instagram:0\"}"));
        deliver(body(WEBSITE.value(), "people:bind:session", "{" + id + ", \"people_id\": \"" + peopleId + "\"}"));

        assertEquals(List.of(
                new ConversationRequested(WEBSITE, session),
                new VisitorDetailsChanged(WEBSITE, session, VisitorDetails.NONE.withPhone(PhoneNumber.parse("+351925923040"))),
                new VisitorDetailsChanged(WEBSITE, session, VisitorDetails.NONE.withEmail(EmailAddress.parse("jane@example.com"))),
                new VisitorDetailsChanged(WEBSITE, session, VisitorDetails.NONE.withNickname(Nickname.parse("Jane"))),
                new VisitorDetailsChanged(WEBSITE, session, VisitorDetails.NONE.withGeolocation(new Geolocation("PT", "Lisbon"))),
                new OriginChanged(WEBSITE, session, new Origin("urn:crisp.im:instagram:0")),
                new ProfileLinked(WEBSITE, session, new ContactId(peopleId))), eventsOf(session));
    }

    @Test
    void an_operators_message_and_unknown_events_are_acknowledged_and_ignored() throws Exception {
        SessionId session = newSession();
        byte[] operator = new String(visitorMessage(session, 7), StandardCharsets.UTF_8)
                .replace("\"from\": \"user\"", "\"from\": \"operator\"").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> fromOperator = deliver(operator);
        HttpResponse<String> unknown = deliver(body(WEBSITE.value(), "campaign:progress", "{\"x\": 1}"));

        assertEquals(200, fromOperator.statusCode());
        assertEquals("ignored", result(fromOperator));
        assertEquals(200, unknown.statusCode());
        assertEquals("ignored", result(unknown));
        assertTrue(eventsOf(session).isEmpty());
    }

    @Test
    void malformed_payloads_are_acknowledged_dropped_and_counted_by_reason() throws Exception {
        SessionId session = newSession();
        double malformedBefore = Metrics.value(web,
                "richcontact_events_dropped_total{reason=\"malformed_json\",source=\"webhook\"}");
        double phoneBefore = Metrics.value(web,
                "richcontact_events_dropped_total{reason=\"invalid_phone\",source=\"webhook\"}");

        HttpResponse<String> notJson = deliver("{\"event\": \"message:send\", ".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> badPhone = deliver(body(WEBSITE.value(), "session:set_phone",
                "{\"session_id\": \"" + session.value() + "\", \"phone\": \"call me maybe\"}"));
        HttpResponse<String> badSession = deliver(body(WEBSITE.value(), "session:set_phone",
                "{\"session_id\": \"nope\", \"phone\": \"+351925923040\"}"));

        for (HttpResponse<String> answer : List.of(notJson, badPhone, badSession)) {
            assertEquals(200, answer.statusCode());
            assertEquals("dropped", result(answer));
        }
        String metrics = Metrics.scrape(web);
        assertEquals(malformedBefore + 1, Metrics.value(metrics,
                "richcontact_events_dropped_total{reason=\"malformed_json\",source=\"webhook\"}"));
        assertEquals(phoneBefore + 1, Metrics.value(metrics,
                "richcontact_events_dropped_total{reason=\"invalid_phone\",source=\"webhook\"}"));
        assertTrue(Metrics.value(metrics,
                "richcontact_events_dropped_total{reason=\"invalid_session_id\",source=\"webhook\"}") >= 1);
        assertTrue(eventsOf(session).isEmpty());
    }

    @Test
    void a_nickname_that_does_not_parse_is_left_out_but_the_message_still_counts() throws Exception {
        SessionId session = newSession();
        byte[] body = new String(visitorMessage(session, 9), StandardCharsets.UTF_8)
                .replace("\"Jane Doe\"", "\"line\\nbreak\"").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = deliver(body);

        assertEquals("accepted", result(answer));
        VisitorMessageSent message = (VisitorMessageSent) eventsOf(session).get(0);
        assertNull(message.nickname());
        assertTrue(Metrics.value(web, "richcontact_webhook_fields_ignored_total{field=\"nickname\"}") >= 1);
    }

    @Test
    void installation_events_reach_the_installations_in_port_off_the_request_thread() throws Exception {
        WebsiteId fresh = new WebsiteId("44444444-5555-4666-8777-888888888888");
        web.installations.install(new Installation(fresh, WebsiteToken.of("fresh"), WebsiteSettings.DEFAULTS));
        int before = web.awaitInstallationEvents(0, DEADLINE).size();

        HttpResponse<String> installed = deliver(body(fresh.value(), "plugin:subscription:updated",
                "{\"website_id\": \"" + fresh.value() + "\", \"plugin_id\": \"p\", \"bound\": true}"));
        HttpResponse<String> saved = deliver(body(fresh.value(), "plugin:settings:saved",
                "{\"website_id\": \"" + fresh.value() + "\", \"plugin_id\": \"p\", \"settings\": "
                        + "{\"enabled\": false, \"segments\": \"not a list\"}}"));
        web.installations.uninstall(OTHER_WEBSITE);
        HttpResponse<String> uninstalled = deliver(body(OTHER_WEBSITE.value(), "plugin:subscription:updated",
                "{\"website_id\": \"" + OTHER_WEBSITE.value() + "\", \"plugin_id\": \"p\", \"bound\": false}"));

        assertEquals(200, installed.statusCode());
        assertEquals(200, saved.statusCode());
        assertEquals(200, uninstalled.statusCode());
        List<InstallationEvent> events = web.awaitInstallationEvents(before + 3, DEADLINE);
        WebsiteSettings tolerated = new WebsiteSettings(false, true, java.util.Set.of(), List.of(), true, false, ContactCare.DEFAULTS);
        assertEquals(List.of(new InstallationEvent.Installed(fresh),
                new InstallationEvent.SettingsSaved(fresh, new app.richcontact.domain.SettingsChange(
                        java.util.Map.of("enabled", false, "segments", "not a list"))),
                new InstallationEvent.Uninstalled(OTHER_WEBSITE)), events.subList(before, before + 3));
        assertEquals(tolerated, web.core.readSettings().read(fresh));
        assertEquals(app.richcontact.application.port.in.VerifyWebsiteTokenUseCase.TokenVerdict.NOT_INSTALLED,
                web.core.verifyWebsiteToken().verify(OTHER_WEBSITE, WebFixture.OTHER_TOKEN));
    }

    @Test
    void settings_saved_without_a_settings_object_are_dropped_rather_than_reset_to_defaults() throws Exception {
        HttpResponse<String> answer = deliver(body(WEBSITE.value(), "plugin:settings:saved",
                "{\"website_id\": \"" + WEBSITE.value() + "\", \"plugin_id\": \"p\"}"));

        assertEquals("dropped", result(answer));
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() throws Exception {
        byte[] huge = body(WEBSITE.value(), "message:send",
                "{\"content\": \"" + "a".repeat(WebConfig.DEFAULT_MAX_BODY_BYTES) + "\"}");

        // The refusal comes before the body is read, so a client still sending it may see the
        // connection closed under it: send only the headers, declaring the length, and read the answer.
        String[] headers = signedHeaders(HOOK_SECRET, now(), huge);
        StringBuilder head = new StringBuilder("POST /webhooks/crisp HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Content-Length: ").append(huge.length).append("\r\n\r\n");
        try (Socket socket = new Socket("localhost", web.uri("/").getPort())) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 413 "), statusLine);
        }
    }

    @Test
    void without_a_hook_secret_there_is_no_web_hook_route() throws Exception {
        try (WebFixture noHooks = new WebFixture(config -> config.hookSecret(null))) {
            byte[] body = visitorMessage(newSession(), 1);

            HttpResponse<String> answer = noHooks.post("/webhooks/crisp", body,
                    signedHeaders(HOOK_SECRET, Long.toString(noHooks.clock.millis()), body));

            assertEquals(404, answer.statusCode());
            assertFalse(noHooks.conversationEvents().iterator().hasNext());
        }
    }

    @Test
    void a_delivery_that_cannot_be_genuine_is_refused_from_its_headers_before_its_body_arrives() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), web.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /webhooks/crisp HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 401 Unauthorized", statusLine, "answered with 4,999 bytes still to come");
        }
    }

    @Test
    void a_delivery_that_is_not_json_is_refused_with_415() throws Exception {
        byte[] body = "a=b".getBytes(StandardCharsets.UTF_8);
        String timestamp = now();
        HttpResponse<String> refused = web.post("/webhooks/crisp", body,
                "X-Crisp-Request-Timestamp", timestamp, "Content-Type", "application/x-www-form-urlencoded",
                "X-Crisp-Signature", HookRequests.sign(HOOK_SECRET, timestamp, body));
        assertEquals(415, refused.statusCode());
    }
}
