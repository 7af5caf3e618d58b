package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestFaultsTest {

    private CrispSandbox sandbox;
    private CrispHttp http;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, 1_000_000L).build());
        http = CrispHttp.of(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void added_latency_delays_the_answer_without_changing_it() throws Exception {
        sandbox.restFaults().global().latency(Duration.ofMillis(150));
        long start = System.nanoTime();
        CrispHttp.Answer answer = http.get("plugin/connect/account");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 150);
        assertEquals(200, answer.status());
        assertEquals(sandbox.pluginId(), answer.data().get("plugin_id").asText());
    }

    @Test
    void a_server_error_rate_of_one_answers_every_request_with_the_chosen_5xx() throws Exception {
        sandbox.restFaults().route(SandboxRoutes.ACCOUNT).serverErrorRate(1).serverErrorStatus(503);
        CrispHttp.Answer answer = http.get("plugin/connect/account");
        assertEquals(503, answer.status());
        assertTrue(answer.body().get("error").asBoolean());
        assertEquals(200, http.get("plugin/connect/endpoints").status(), "other routes are unaffected");
    }

    @Test
    void a_429_burst_hits_the_next_n_requests_only() throws Exception {
        sandbox.switches().set(SandboxSwitch.RETRY_AFTER, Duration.ofSeconds(2));
        sandbox.restFaults().global().throttleNext(2);
        CrispHttp.Answer first = http.get("plugin/connect/account");
        assertEquals(429, first.status());
        assertEquals("2", first.raw().headers().firstValue("Retry-After").orElseThrow());
        assertEquals(429, http.get("plugin/connect/endpoints").status());
        assertEquals(200, http.get("plugin/connect/account").status());
    }

    @Test
    void a_timed_429_burst_uses_the_quota_status_and_ends_when_cleared() throws Exception {
        sandbox.switches().set(SandboxSwitch.QUOTA_STATUS, 420);
        sandbox.restFaults().route(SandboxRoutes.ENDPOINTS).throttleFor(Duration.ofHours(1));
        assertEquals(420, http.get("plugin/connect/endpoints").status());
        assertEquals(420, http.get("plugin/connect/endpoints").status());
        sandbox.restFaults().clearAll();
        assertEquals(200, http.get("plugin/connect/endpoints").status());
    }

    @Test
    void a_connection_reset_is_an_io_error_for_the_client_not_an_http_answer() throws Exception {
        InstalledWebsite website = sandbox.scenario().installWebsite("Acme");
        String path = "website/" + website.websiteId() + "/people/profile";
        sandbox.restFaults().global().resetNext(1);
        // A POST: the JDK client silently retries an idempotent GET once when a pooled connection dies.
        assertThrows(IOException.class, () -> http.post(path, "{\"email\":\"a@b.co\",\"person\":{\"nickname\":\"A\"}}"));
        assertEquals(201, http.post(path, "{\"email\":\"a@b.co\",\"person\":{\"nickname\":\"A\"}}").status());
        assertEquals(1, sandbox.requestLog().count(SandboxRoutes.PROFILE_CREATE, 0));
        assertEquals(1, sandbox.requestLog().count(SandboxRoutes.PROFILE_CREATE, 201));
    }

    @Test
    void a_reset_rate_of_one_resets_every_request_of_that_route() throws Exception {
        sandbox.restFaults().route(SandboxRoutes.PROFILE_CREATE).resetRate(1);
        InstalledWebsite website = sandbox.scenario().installWebsite("Acme");
        assertThrows(IOException.class,
                () -> http.post("website/" + website.websiteId() + "/people/profile", "{\"email\":\"a@b.co\"}"));
        assertTrue(sandbox.scenario().crm(website.websiteId()).isEmpty());
    }

    @Test
    void unknown_route_templates_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> sandbox.restFaults().route("GET nowhere"));
    }
}
