package app.richcontact.adapters.web;

import static app.richcontact.adapters.web.WebFixture.OTHER_TOKEN;
import static app.richcontact.adapters.web.WebFixture.OTHER_WEBSITE;
import static app.richcontact.adapters.web.WebFixture.TOKEN;
import static app.richcontact.adapters.web.WebFixture.UNLIMITED;
import static app.richcontact.adapters.web.WebFixture.WEBSITE;
import static app.richcontact.adapters.web.WebFixture.bearer;
import static app.richcontact.adapters.web.WebFixture.settingsPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final RateLimit THREE_PER_MINUTE = new RateLimit(3, Duration.ofMinutes(1));

    @Test
    void a_client_over_its_rate_of_refused_requests_is_answered_429_with_retry_after_until_the_bucket_refills()
            throws Exception {
        try (WebFixture web = new WebFixture(config -> config.clientRateLimit(THREE_PER_MINUTE).websiteRateLimit(UNLIMITED))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(401, web.get(settingsPath(WEBSITE), bearer("wrong")).statusCode());
            }
            HttpResponse<String> refused = web.get(settingsPath(OTHER_WEBSITE), bearer("wrong"));
            HttpResponse<String> pageRefused = web.get("/settings?website_id=" + WEBSITE.value() + "&token=wrong");

            assertEquals(429, refused.statusCode());
            assertEquals("20", refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals(429, pageRefused.statusCode());
            assertTrue(pageRefused.headers().firstValue("Retry-After").isPresent());

            web.clock.advance(Duration.ofSeconds(20));
            assertEquals(401, web.get(settingsPath(WEBSITE), bearer("wrong")).statusCode());
            assertEquals(429, web.get(settingsPath(WEBSITE), bearer("wrong")).statusCode());
            assertEquals(200, web.get(settingsPath(WEBSITE), bearer(TOKEN)).statusCode(), "the owner is never refused");
        }
    }

    @Test
    void token_guesses_count_against_the_client_but_never_lock_out_the_owner_with_the_valid_token() throws Exception {
        try (WebFixture web = new WebFixture(config -> config.clientRateLimit(THREE_PER_MINUTE).websiteRateLimit(UNLIMITED))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(401, web.get(settingsPath(WEBSITE), bearer("guess-" + i)).statusCode());
            }
            assertEquals(429, web.get(settingsPath(WEBSITE), bearer("guess-3")).statusCode());
            assertEquals(200, web.get(settingsPath(WEBSITE), bearer(TOKEN)).statusCode());
        }
    }

    @Test
    void a_website_over_its_rate_is_answered_429_while_other_websites_go_on() throws Exception {
        try (WebFixture web = new WebFixture(config -> config.clientRateLimit(UNLIMITED).websiteRateLimit(THREE_PER_MINUTE))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, web.get(settingsPath(WEBSITE), bearer(TOKEN)).statusCode());
            }
            HttpResponse<String> refused = web.put(settingsPath(WEBSITE), "{}", bearer(TOKEN));

            assertEquals(429, refused.statusCode());
            assertEquals("20", refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals(200, web.get(settingsPath(OTHER_WEBSITE), bearer(OTHER_TOKEN)).statusCode());
        }
    }

    @Test
    void requests_without_the_token_do_not_count_against_the_website_so_its_owner_is_never_locked_out() throws Exception {
        try (WebFixture web = new WebFixture(config -> config.clientRateLimit(UNLIMITED).websiteRateLimit(THREE_PER_MINUTE))) {
            for (int i = 0; i < 10; i++) {
                assertEquals(401, web.get(settingsPath(WEBSITE), bearer("guess-" + i)).statusCode());
            }
            assertEquals(200, web.get(settingsPath(WEBSITE), bearer(TOKEN)).statusCode());
        }
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_bucket() throws Exception {
        try (WebFixture web = new WebFixture(config -> config.clientRateLimit(new RateLimit(1, Duration.ofHours(1))).websiteRateLimit(UNLIMITED).trustForwardedFor(true))) {
            String[] first = {"Authorization", "Bearer wrong", "X-Forwarded-For", "203.0.113.7, 198.51.100.1"};
            String[] spoofed = {"Authorization", "Bearer wrong", "X-Forwarded-For", "203.0.113.8, 198.51.100.1"};
            String[] second = {"Authorization", "Bearer wrong", "X-Forwarded-For", "198.51.100.2"};

            assertEquals(401, web.get(settingsPath(WEBSITE), first).statusCode());
            assertEquals(429, web.get(settingsPath(WEBSITE), spoofed).statusCode(),
                    "only the right-most address, added by our proxy, counts");
            assertEquals(401, web.get(settingsPath(WEBSITE), second).statusCode());
        }
    }

    @Test
    void without_a_trusted_proxy_forwarded_for_is_ignored() throws Exception {
        try (WebFixture web = new WebFixture(config -> config.clientRateLimit(new RateLimit(1, Duration.ofHours(1))).websiteRateLimit(UNLIMITED))) {
            assertEquals(401, web.get(settingsPath(WEBSITE), "Authorization", "Bearer wrong",
                    "X-Forwarded-For", "198.51.100.1").statusCode());
            assertEquals(429, web.get(settingsPath(WEBSITE), "Authorization", "Bearer wrong",
                    "X-Forwarded-For", "198.51.100.2").statusCode());
        }
    }
}
