package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuotaTest {

    private CrispSandbox sandbox;
    private CrispHttp http;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.DAILY_QUOTA, 3L).build());
        http = CrispHttp.of(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void every_request_counts_and_past_the_budget_the_answer_is_429() throws Exception {
        assertEquals(200, http.get("plugin/connect/account").status());
        assertEquals(404, http.get("no/such/route").status());
        assertEquals(400, http.get("plugin/connect/websites/all/0").status());
        CrispHttp.Answer over = http.get("plugin/connect/account");
        assertEquals(429, over.status());
        assertTrue(over.body().get("error").asBoolean());
        assertTrue(over.raw().headers().firstValue("Retry-After").isEmpty(), "no Retry-After unless switched on");
        assertEquals(4, sandbox.quotaUsed());
    }

    @Test
    void the_over_quota_status_can_be_420_and_carry_retry_after() throws Exception {
        sandbox.switches().set(SandboxSwitch.DAILY_QUOTA, 0L).set(SandboxSwitch.QUOTA_STATUS, 420).set(SandboxSwitch.RETRY_AFTER, Duration.ofSeconds(30));
        CrispHttp.Answer over = http.get("plugin/connect/account");
        assertEquals(420, over.status());
        assertEquals("30", over.raw().headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void unauthenticated_requests_do_not_use_the_plugins_quota() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, CrispHttp.anonymous(sandbox).get("plugin/connect/account").status());
        }
        assertEquals(0, sandbox.quotaUsed());
    }

    @Test
    void resetting_or_raising_the_quota_serves_requests_again() throws Exception {
        for (int i = 0; i < 3; i++) {
            http.get("plugin/connect/account");
        }
        assertEquals(429, http.get("plugin/connect/account").status());
        sandbox.resetQuota();
        assertEquals(200, http.get("plugin/connect/account").status());
        sandbox.switches().set(SandboxSwitch.DAILY_QUOTA, 1_000L);
        assertEquals(200, http.get("plugin/connect/account").status());
    }
}
