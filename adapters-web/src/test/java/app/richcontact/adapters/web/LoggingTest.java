package app.richcontact.adapters.web;

import static app.richcontact.adapters.web.HookRequests.body;
import static app.richcontact.adapters.web.HookRequests.signedHeaders;
import static app.richcontact.adapters.web.WebFixture.HOOK_SECRET;
import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static app.richcontact.adapters.web.WebFixture.settingsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reads back what the adapter logged (the test logback configuration writes it to a file) after
 * requests full of secrets and personal data, including ones that fail and get logged.
 */
class LoggingTest {

    private static final String CANARY_PHONE = "+44 7700 900 123";
    private static final String CANARY_EMAIL = "quentin.canary@example.net";
    private static final String CANARY_NAME = "Quentin Canary";

    @Test
    void no_token_secret_query_string_or_personal_data_is_ever_logged() throws Exception {
        try (WebFixture web = new WebFixture()) {
            String session = "session_" + UUID.randomUUID();
            web.get("/settings?website_id=" + WEBSITE.value() + "&token=" + TOKEN + "&locale=en");
            web.get("/settings?website_id=" + WEBSITE.value() + "&token=" + TOKEN + "-wrong");
            web.get(settingsPath(WEBSITE), bearer(TOKEN));
            web.installations.failures().failNext(new IllegalStateException("a bug, logged by class name only"));
            assertEquals(500, web.put(settingsPath(WEBSITE), "{\"segments\": [\"" + CANARY_EMAIL + "\"]}",
                    bearer(TOKEN)).statusCode());
            for (String data : List.of(
                    "{\"session_id\": \"" + session + "\", \"phone\": \"" + CANARY_PHONE + "\"}",
                    "{\"session_id\": \"" + session + "\", \"email\": \"" + CANARY_EMAIL + "\"}",
                    "{\"session_id\": \"" + session + "\", \"nickname\": \"" + CANARY_NAME + "\"}",
                    "{\"session_id\": \"" + session + "\", \"phone\": \"" + CANARY_NAME + "\"}",
                    "{\"session_id\": \"" + session + "\", \"email\": \"" + CANARY_PHONE + " " + CANARY_EMAIL + "\"}")) {
                byte[] body = body(WEBSITE.value(), "session:set_phone", data);
                web.post("/webhooks/crisp", body, signedHeaders(HOOK_SECRET, Long.toString(web.clock.millis()), body));
            }
            byte[] broken = ("{\"event\": \"session:set_email\", \"data\": {\"email\": \"" + CANARY_EMAIL + "\"")
                    .getBytes(StandardCharsets.UTF_8);
            web.post("/webhooks/crisp", broken, signedHeaders(HOOK_SECRET, Long.toString(web.clock.millis()), broken));
        }

        String logged = Files.readString(Path.of(System.getProperty("richcontact.testLog",
                "target/test-logs/adapters-web.log")));

        assertTrue(logged.contains("web adapter listening on port"), "the log file is the one written");
        assertTrue(logged.contains("settings API api_save failed with java.lang.IllegalStateException"));
        for (String secret : List.of(TOKEN, "token=", HOOK_SECRET, CANARY_EMAIL, "quentin", "Quentin", "7700",
                "example.net", "a bug, logged")) {
            assertFalse(logged.contains(secret), "the log contains " + secret);
        }
    }
}
