package app.richcontact.adapters.web;

import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.UNLIMITED;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static app.richcontact.adapters.web.WebFixture.settingsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every client behind a proxy the plugin does not trust shares one address: one of them
 * sending junk must not lock every website's owner out, and the settings page must work at
 * the address people type.
 */
class AbuseSharedAddressTest {

    private static final RateLimit FIVE_PER_HOUR = new RateLimit(5, Duration.ofHours(1));

    @Test
    void unauthenticated_traffic_from_a_shared_address_never_locks_out_an_owner_with_a_valid_token() throws Exception {
        try (WebFixture web = new WebFixture(config -> config.clientRateLimit(FIVE_PER_HOUR).websiteRateLimit(UNLIMITED))) {
            for (int i = 0; i < 20; i++) {
                web.get("/settings?website_id=" + UUID.randomUUID() + "&token=x", "X-Forwarded-For", "198.51.100." + i);
                web.get(settingsPath(WEBSITE), "Authorization", "Bearer guess-" + i);
            }
            assertEquals(429, web.get(settingsPath(WEBSITE), bearer("guess-again")).statusCode(),
                    "junk past the shared address's rate is refused");

            assertEquals(200, web.get(settingsPath(WEBSITE), bearer(TOKEN)).statusCode());
            assertEquals(200, web.get("/settings?website_id=" + WEBSITE.value() + "&token=" + TOKEN).statusCode());
        }
    }

    @Test
    void forwarded_for_headers_that_are_not_trusted_are_reported_once_in_the_log() throws Exception {
        try (WebFixture web = new WebFixture()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, web.get(settingsPath(WEBSITE), "Authorization", "Bearer " + TOKEN,
                        "X-Forwarded-For", "198.51.100.9").statusCode());
            }
        }
        String logged = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("richcontact.testLog",
                "target/test-logs/adapters-web.log")));
        assertTrue(logged.contains("requests carry X-Forwarded-For but RICHCONTACT_TRUST_FORWARDED_FOR is false"),
                "the operator is told");
        assertFalse(logged.contains("198.51.100.9"), "the address itself is not logged");
    }

    @Test
    void the_settings_page_with_a_trailing_slash_redirects_to_the_page_keeping_the_query() throws Exception {
        try (WebFixture web = new WebFixture()) {
            String query = "?website_id=" + WEBSITE.value() + "&token=" + TOKEN + "&locale=fr";
            HttpResponse<String> slashed = web.get("/settings/" + query);

            assertEquals(301, slashed.statusCode(), slashed.body());
            assertEquals("/settings" + query, slashed.headers().firstValue("Location").orElse(""));
            assertEquals(HttpClient.Redirect.NEVER, web.http.followRedirects());
        }
    }
}
