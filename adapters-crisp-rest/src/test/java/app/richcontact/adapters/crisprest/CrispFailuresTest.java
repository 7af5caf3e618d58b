package app.richcontact.adapters.crisprest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every error class of Crisp's REST API becomes the right failure, retried or not, at the right cost. */
class CrispFailuresTest {

    private SandboxedGateway sandbox;

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private SandboxedGateway sandbox(SandboxOptions.Builder options, java.util.function.UnaryOperator<CrispRestConfig.Builder> tuning) {
        sandbox = new SandboxedGateway(options.set(SandboxSwitch.NATIVE_EMAIL_PROFILES, false), tuning);
        return sandbox;
    }

    private static NewContact contact(String email) {
        return new NewContact(EmailAddress.parse(email), PhoneNumber.parse("+351925923040"), null,
                List.of(new Segment("whatsapp")), null);
    }

    private static SessionId someSession() {
        return new SessionId("session_" + UUID.randomUUID());
    }

    @Test
    void server_errors_are_retried_a_bounded_number_of_times_then_reported_unavailable() {
        sandbox(SandboxOptions.builder(), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().route(SandboxRoutes.CONVERSATION).serverErrorRate(1.0).serverErrorStatus(503);
        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.conversations().snapshot(website, someSession()));
        assertEquals(FailureCause.UNAVAILABLE, failure.failureCause());
        assertEquals(3, sandbox.crisp.requestLog().count(SandboxRoutes.CONVERSATION, 503));
        assertTrue(failure.getMessage().contains("GET website/{website_id}/conversation/{session_id}"), failure.getMessage());
    }

    @Test
    void a_connection_reset_is_retried_and_the_request_then_succeeds() {
        sandbox(SandboxOptions.builder(), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().route(SandboxRoutes.PROFILE_CREATE).resetNext(1);
        assertInstanceOf(ContactCreation.Created.class, sandbox.gateway.contacts().create(website, contact("a@example.com")));
        assertEquals(1, sandbox.crisp.requestLog().count(SandboxRoutes.PROFILE_CREATE, 0));
        assertEquals(1, sandbox.crisp.scenario().crm(website.value()).size());
    }

    @Test
    void connections_reset_every_time_end_as_unavailable_and_a_creation_as_unanswered() {
        sandbox(SandboxOptions.builder(), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().global().resetRate(1.0);
        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.contacts().existsWithEmail(website, EmailAddress.parse("a@example.com")));
        assertEquals(FailureCause.UNAVAILABLE, failure.failureCause());
        assertInstanceOf(ContactCreation.Unanswered.class, sandbox.gateway.contacts().create(website, contact("a@example.com")),
                "Crisp may have applied a creation whose answer never came: that is not a plain failure");
    }

    @Test
    void a_creation_crisp_refuses_with_a_5xx_answer_is_a_failure_not_unanswered() {
        sandbox(SandboxOptions.builder(), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().route(SandboxRoutes.PROFILE_CREATE).serverErrorRate(1.0).serverErrorStatus(503);
        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.contacts().create(website, contact("a@example.com")));
        assertEquals(FailureCause.UNAVAILABLE, failure.failureCause());
    }

    @Test
    void a_slow_answer_times_out_as_unavailable() {
        sandbox(SandboxOptions.builder(), config -> config.connectTimeout(Duration.ofSeconds(1)).requestTimeout(Duration.ofMillis(200)).maxRetries(1));
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().route(SandboxRoutes.CONVERSATION).latency(Duration.ofSeconds(1));
        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.conversations().snapshot(website, someSession()));
        assertEquals(FailureCause.UNAVAILABLE, failure.failureCause());
        assertTrue(failure.getMessage().contains("HttpTimeoutException"), failure.getMessage());
    }

    @Test
    void wrong_credentials_are_a_configuration_error_that_is_not_retried() {
        sandbox(SandboxOptions.builder(), config -> config);
        CrispRestGateway wrong = new CrispRestGateway(CrispRestConfig.builder(sandbox.config.account().baseUri(),
                "plugin-id", "wrong-key", "test").connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(2))
                .maxConcurrent(8).dailyQuota(1_000).optionalShare(0.8).build(), Clock.systemUTC());
        OutboundFailure failure = assertThrows(OutboundFailure.class, () -> wrong.installations().all());
        assertEquals(FailureCause.REJECTED, failure.failureCause());
        assertTrue(failure.getMessage().contains("401"), failure.getMessage());
        assertFalse(failure.getMessage().contains("wrong-key"));
        assertEquals(1, sandbox.crisp.requestLog().count(SandboxRoutes.WEBSITES_ALL, 401));
    }

    @Test
    void a_429_pauses_every_request_for_the_time_crisp_asked_without_spending_more_quota() {
        sandbox(SandboxOptions.builder().set(SandboxSwitch.RETRY_AFTER, Duration.ofSeconds(30)), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().global().throttleNext(1);
        OutboundFailure first = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.contacts().existsWithEmail(website, EmailAddress.parse("a@example.com")));
        assertEquals(FailureCause.QUOTA_EXHAUSTED, first.failureCause());
        assertEquals(Duration.ofSeconds(30), first.retryAfter().orElseThrow());
        long spent = sandbox.crisp.requestLog().total();

        OutboundFailure paused = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.conversations().snapshot(website, someSession()));
        assertEquals(FailureCause.QUOTA_EXHAUSTED, paused.failureCause());
        assertTrue(paused.retryAfter().orElseThrow().compareTo(Duration.ofSeconds(25)) > 0);
        assertEquals(spent, sandbox.crisp.requestLog().total(), "no request reached Crisp while paused");
        assertTrue(sandbox.gateway.statistics().pausedForQuota());
    }

    @Test
    void once_a_pause_is_over_concurrent_requests_wait_for_the_trial_request_instead_of_failing_for_quota()
            throws Exception {
        sandbox(SandboxOptions.builder().set(SandboxSwitch.RETRY_AFTER, Duration.ofSeconds(1)),
                config -> config.connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(10)).maxRetries(2));
        WebsiteId website = sandbox.website();
        // The trial takes 2 s, far longer than it takes to start 8 callers: they all meet it half-open.
        sandbox.crisp.restFaults().route(SandboxRoutes.CONVERSATION).throttleNext(1).latency(Duration.ofSeconds(2));
        assertThrows(OutboundFailure.class, () -> sandbox.gateway.conversations().snapshot(website, someSession()));
        Await.until("the pause to be over", Duration.ofSeconds(15), () -> !sandbox.gateway.statistics().pausedForQuota());
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(callers.submit(() -> sandbox.gateway.conversations().snapshot(website, someSession())));
            }
            for (java.util.concurrent.Future<?> call : calls) {
                call.get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertFalse(sandbox.gateway.statistics().pausedForQuota());
    }

    @Test
    void a_420_without_retry_after_pauses_for_the_configured_time() {
        sandbox(SandboxOptions.builder().set(SandboxSwitch.QUOTA_STATUS, 420), config -> config.quotaPause(Duration.ofSeconds(45)));
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().global().throttleNext(1);
        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.conversations().snapshot(website, someSession()));
        assertEquals(FailureCause.QUOTA_EXHAUSTED, failure.failureCause());
        assertEquals(Duration.ofSeconds(45), failure.retryAfter().orElseThrow());
    }

    @Test
    void a_paused_gateway_tries_again_once_the_pause_is_over() {
        sandbox(SandboxOptions.builder().set(SandboxSwitch.RETRY_AFTER, Duration.ofSeconds(1)), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.crisp.restFaults().global().throttleNext(1);
        assertThrows(OutboundFailure.class, () -> sandbox.gateway.conversations().snapshot(website, someSession()));
        OutboundFailure paused = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.conversations().snapshot(website, someSession()), "no request during the pause");
        assertEquals(FailureCause.QUOTA_EXHAUSTED, paused.failureCause());
        Await.until("the pause to be over", Duration.ofSeconds(15), () -> !sandbox.gateway.statistics().pausedForQuota());

        sandbox.gateway.conversations().snapshot(website, someSession());
        assertFalse(sandbox.gateway.statistics().pausedForQuota());
    }

    @Test
    void our_own_budget_refuses_optional_work_first_then_everything_and_counts_the_day() {
        sandbox(SandboxOptions.builder(), config -> config.dailyQuota(4).optionalShare(0.5));
        WebsiteId website = sandbox.website();
        java.time.Instant now = java.time.Instant.now();
        sandbox.gateway.conversations().createdBetween(website, now.minusSeconds(60), now, 1);
        sandbox.gateway.conversations().createdBetween(website, now.minusSeconds(60), now, 1);
        OutboundFailure optional = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.conversations().createdBetween(website, now.minusSeconds(60), now, 1));
        assertEquals(FailureCause.QUOTA_EXHAUSTED, optional.failureCause());

        sandbox.gateway.conversations().snapshot(website, someSession());
        sandbox.gateway.conversations().snapshot(website, someSession());
        OutboundFailure essential = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.conversations().snapshot(website, someSession()));
        assertEquals(FailureCause.QUOTA_EXHAUSTED, essential.failureCause());
        assertTrue(essential.retryAfter().orElseThrow().compareTo(Duration.ofDays(1)) <= 0);
        assertEquals(4, sandbox.gateway.statistics().quotaUsedToday());
        assertEquals(4, sandbox.crisp.requestLog().total());
    }

    @Test
    void crisps_own_quota_exhaustion_is_reported_as_such() {
        sandbox(SandboxOptions.builder(), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.crisp.switches().set(SandboxSwitch.DAILY_QUOTA, sandbox.crisp.quotaUsed());
        OutboundFailure failure = assertThrows(OutboundFailure.class,
                () -> sandbox.gateway.contacts().existsWithPhone(website, PhoneNumber.parse("+14155550100")));
        assertEquals(FailureCause.QUOTA_EXHAUSTED, failure.failureCause());
    }

    @Test
    void a_duplicate_create_is_recognised_whatever_status_and_reason_crisp_uses() {
        for (int status : new int[] {409, 400, 422}) {
            // Another reason than people_exists is told by a HEAD, so here reads are fresh (StaleReadsTest: stale).
            sandbox(SandboxOptions.builder().set(SandboxSwitch.DUPLICATE_STATUS, status)
                    .set(SandboxSwitch.DUPLICATE_REASON, status == 409 ? "people_exists" : "invalid_data")
                    .set(SandboxSwitch.READ_LAG, Duration.ZERO), config -> config);
            WebsiteId website = sandbox.website();
            sandbox.gateway.contacts().create(website, contact("jane@example.com"));
            assertInstanceOf(ContactCreation.AlreadyExists.class,
                    sandbox.gateway.contacts().create(website, contact("Jane@Example.com")), "status " + status);
            sandbox.close();
            sandbox = null;
        }
    }

    @Test
    void paging_through_installations_stops_at_the_first_empty_page() {
        sandbox(SandboxOptions.builder(), config -> config);
        for (int i = 0; i < 45; i++) {
            sandbox.website();
        }
        sandbox.crisp.requestLog().reset();
        assertEquals(45, sandbox.gateway.installations().all().size());
        assertEquals(4, sandbox.crisp.requestLog().count(SandboxRoutes.WEBSITES_ALL));
    }

    @Test
    void the_plugin_id_is_asked_for_once_and_the_realtime_endpoints_are_discovered() {
        sandbox(SandboxOptions.builder(), config -> config);
        assertEquals(sandbox.crisp.pluginId(), sandbox.gateway.pluginId());
        assertEquals(sandbox.crisp.pluginId(), sandbox.gateway.pluginId());
        assertEquals(1, sandbox.crisp.requestLog().count(SandboxRoutes.ACCOUNT));
        RealtimeEndpoints endpoints = sandbox.gateway.realtimeEndpoints();
        assertEquals(sandbox.crisp.rtmUrl(), endpoints.primary());
        assertEquals(sandbox.crisp.rescueRtmUrl(), endpoints.rescue());
    }

    @Test
    void statistics_count_requests_by_route_template_and_status_without_ids() {
        sandbox(SandboxOptions.builder(), config -> config);
        WebsiteId website = sandbox.website();
        sandbox.gateway.contacts().existsWithEmail(website, EmailAddress.parse("nobody@example.com"));
        RequestStatistics statistics = sandbox.gateway.statistics();
        assertEquals(1L, statistics.requests().get(new RequestStatistics.RouteStatus(
                "GET website/{website_id}/people/profile/{people_id}", "404")));
        assertFalse(statistics.requests().toString().contains(website.value()));
        assertFalse(statistics.requests().toString().contains("nobody"));
        assertEquals(1, statistics.quotaUsedToday());
    }
}
