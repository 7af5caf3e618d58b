package app.richcontact.adapters.crisprest.client;

import app.richcontact.adapters.crisprest.CrispRestConfig;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.Bulkhead;
import dev.failsafe.BulkheadFullException;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to Crisp's REST API. Every request carries Basic auth, {@code X-Crisp-Tier:
 * plugin} and our {@code User-Agent}; the envelope is opened once; every failure leaves as an
 * {@link OutboundFailure}. Policies, outermost first: retry with jittered backoff on I/O errors
 * and 5xx; a circuit that a 429/420 opens for {@code Retry-After} (or the configured pause) so
 * that the whole process stops spending quota; our own rate limiter; a bulkhead. Inside them,
 * each attempt is counted against the daily budget before it is sent.
 */
public final class CrispClient {

    private static final Logger LOG = LoggerFactory.getLogger(CrispClient.class);
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
    private static final Duration LOCAL_OVERLOAD_PAUSE = Duration.ofSeconds(1);
    private static final Duration HALF_OPEN_WAIT = Duration.ofMillis(20);

    private final CrispRestConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper json;
    private final QuotaBudget budget;
    private final RequestLog log = new RequestLog();
    private final CircuitBreaker<CrispAnswer> quotaCircuit;
    private final FailsafeExecutor<CrispAnswer> policies;
    private final String authorization;
    private final String userAgent;

    public CrispClient(CrispRestConfig config, ObjectMapper json, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.budget = new QuotaBudget(clock, config.quota().daily(), config.quota().optionalShare());
        this.http = HttpClient.newBuilder()
                // Completions run where they happen (the client's selector thread), not on a
                // cached pool: no thread hop per response, no thread started per burst.
                .executor(Runnable::run)
                .connectTimeout(config.timeouts().connect())
                .version("https".equals(config.account().baseUri().getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.account().identifier() + ":" + config.account().key()).getBytes(StandardCharsets.UTF_8));
        this.userAgent = "rich-contact/" + config.account().version();
        this.quotaCircuit = CircuitBreaker.<CrispAnswer>builder()
                .handle(QuotaRefused.class)
                .withFailureThreshold(1)
                .withDelayFn(context -> pauseAfter(context.getLastException()))
                .onOpen(event -> LOG.warn("Crisp refused a request for quota: pausing all requests for {}",
                        quotaCircuit().getRemainingDelay()))
                .onClose(event -> LOG.info("Crisp accepts requests again after a quota pause"))
                .build();
        RetryPolicy<CrispAnswer> retry = RetryPolicy.<CrispAnswer>builder()
                .handle(ServerTrouble.class)
                .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(3))
                .withJitter(0.5)
                .withMaxRetries(config.timeouts().maxRetries())
                .build();
        RateLimiter<CrispAnswer> rate = RateLimiter.<CrispAnswer>smoothBuilder(config.limits().requestsPerSecond(), Duration.ofSeconds(1))
                .withMaxWaitTime(config.timeouts().request())
                .build();
        Bulkhead<CrispAnswer> bulkhead = Bulkhead.<CrispAnswer>builder(config.limits().maxConcurrent())
                .withMaxWaitTime(config.timeouts().request())
                .build();
        this.policies = Failsafe.with(retry).compose(quotaCircuit).compose(rate).compose(bulkhead);
    }

    /**
     * Sends the call under every policy. Answers successes, 404s and the 4xx a caller may
     * interpret (403 only when the call says so); throws {@link OutboundFailure} for everything else.
     */
    public CrispAnswer send(CrispCall call) {
        return send(call, new AtomicBoolean());
    }

    /**
     * As {@link #send(CrispCall)}, for a call Crisp must not apply twice unknowingly: empty when
     * it failed after an attempt that got no answer at all (a timeout, a reset), since Crisp may
     * have applied that attempt, or may still.
     */
    public Optional<CrispAnswer> sendUnlessUnanswered(CrispCall call) {
        AtomicBoolean unanswered = new AtomicBoolean();
        try {
            return Optional.of(send(call, unanswered));
        } catch (OutboundFailure failure) {
            if (unanswered.get()) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    private CrispAnswer send(CrispCall call, AtomicBoolean unanswered) {
        long giveUpAt = System.nanoTime() + config.timeouts().request().toNanos();
        while (true) {
            try {
                return sendOnce(call, unanswered);
            } catch (CircuitBreakerOpenException open) {
                // Half-open after a pause: one request is trying whether Crisp accepts again.
                // The others wait for its answer rather than be put off for quota once more.
                if (!quotaCircuit.isHalfOpen() || System.nanoTime() > giveUpAt) {
                    Duration remaining = quotaCircuit.getRemainingDelay();
                    throw new OutboundFailure(FailureCause.QUOTA_EXHAUSTED,
                            "requests to Crisp are paused for quota for another " + remaining, remaining, null);
                }
                LockSupport.parkNanos(HALF_OPEN_WAIT.toNanos());
            }
        }
    }

    private CrispAnswer sendOnce(CrispCall call, AtomicBoolean unanswered) {
        try {
            return policies.get(() -> attempt(call, unanswered));
        } catch (OutboundFailure | CircuitBreakerOpenException failure) {
            throw failure;
        } catch (QuotaRefused refused) {
            throw new OutboundFailure(FailureCause.QUOTA_EXHAUSTED, refused.getMessage(), pauseAfter(refused), null);
        } catch (BudgetSpent spent) {
            throw new OutboundFailure(FailureCause.QUOTA_EXHAUSTED, spent.getMessage(), budget.untilNextDay(), null);
        } catch (ServerTrouble trouble) {
            throw new OutboundFailure(FailureCause.UNAVAILABLE,
                    trouble.getMessage() + " (after " + (config.timeouts().maxRetries() + 1) + " attempts)", null, trouble.getCause());
        } catch (RateLimitExceededException | BulkheadFullException overloaded) {
            throw new OutboundFailure(FailureCause.UNAVAILABLE,
                    "too many requests to Crisp waiting here for " + call.route(), LOCAL_OVERLOAD_PAUSE, null);
        } catch (FailsafeException wrapped) {
            if (wrapped.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new OutboundFailure(FailureCause.UNAVAILABLE, "interrupted while calling Crisp on " + call.route(),
                    null, wrapped.getCause());
        }
    }

    public QuotaBudget budget() {
        return budget;
    }

    public RequestLog log() {
        return log;
    }

    /** While a quota pause lasts; once it is over, the next request is the trial, and none is paused. */
    public boolean pausedForQuota() {
        return quotaCircuit.isOpen() && quotaCircuit.getRemainingDelay().compareTo(Duration.ZERO) > 0;
    }

    public ObjectMapper json() {
        return json;
    }

    private CircuitBreaker<CrispAnswer> quotaCircuit() {
        return quotaCircuit;
    }

    private CrispAnswer attempt(CrispCall call, AtomicBoolean unanswered) {
        if (!budget.tryAcquire(call.priority())) {
            throw new BudgetSpent("the daily budget of " + budget.dailyQuota() + " Crisp requests leaves nothing for "
                    + call.priority().name().toLowerCase(java.util.Locale.ROOT) + " work (" + call.route() + ")");
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request(call), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException noAnswer) {
            unanswered.set(true);
            log.record(call.route(), "error");
            throw new ServerTrouble("no answer from Crisp on " + call.route() + ": " + noAnswer.getClass().getSimpleName(),
                    noAnswer);
        } catch (InterruptedException interrupted) {
            unanswered.set(true);
            Thread.currentThread().interrupt();
            throw new OutboundFailure(FailureCause.UNAVAILABLE, "interrupted while calling Crisp on " + call.route());
        }
        int status = response.statusCode();
        log.record(call.route(), Integer.toString(status));
        if (status == 429 || status == 420) {
            throw new QuotaRefused("Crisp answered " + status + " (quota) on " + call.route(), retryAfter(response));
        }
        if (status >= 500) {
            throw new ServerTrouble("Crisp answered " + status + " on " + call.route(), null);
        }
        if (status == 401 || status == 403 && !call.forbiddenAnswered()) {
            throw new OutboundFailure(FailureCause.REJECTED, "Crisp answered " + status + " " + reasonOf(response.body())
                    + " on " + call.route() + ": check the plugin token and its permissions");
        }
        if (status < 200 || (status >= 300 && status < 400)) {
            throw new OutboundFailure(FailureCause.UNEXPECTED, "Crisp answered " + status + " on " + call.route());
        }
        return open(call, status, response.body());
    }

    private HttpRequest request(CrispCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(config.account().baseUri().resolve(call.target()))
                .timeout(config.timeouts().request())
                .header("Authorization", authorization)
                .header("X-Crisp-Tier", "plugin")
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (call.body() != null) {
            builder.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        } else {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    /** Opens the {@code {error, reason, data}} envelope; a body that is not JSON is an error with context. */
    private CrispAnswer open(CrispCall call, int status, byte[] body) {
        if (body == null || body.length == 0) {
            return new CrispAnswer(call.route(), status, status < 300 ? "ok" : "unknown", null);
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (IOException notJson) {
            if (status < 300) {
                throw new OutboundFailure(FailureCause.UNEXPECTED,
                        "Crisp's " + status + " answer on " + call.route() + " is not JSON");
            }
            return new CrispAnswer(call.route(), status, "unknown", null);
        }
        if (envelope == null || !envelope.isObject()) {
            if (status < 300) {
                throw new OutboundFailure(FailureCause.UNEXPECTED,
                        "Crisp's " + status + " answer on " + call.route() + " is not an envelope object");
            }
            return new CrispAnswer(call.route(), status, "unknown", null);
        }
        return new CrispAnswer(call.route(), status, envelope.path("reason").asText("unknown"), envelope.get("data"));
    }

    private String reasonOf(byte[] body) {
        try {
            JsonNode envelope = body == null || body.length == 0 ? null : json.readTree(body);
            return envelope == null ? "" : envelope.path("reason").asText("");
        } catch (IOException notJson) {
            return "";
        }
    }

    private Duration pauseAfter(Throwable refusal) {
        if (refusal instanceof QuotaRefused quota && quota.retryAfter() != null) {
            return quota.retryAfter();
        }
        return config.quota().pause();
    }

    /** {@code Retry-After} in seconds or as an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(value.strip()));
            return clamp(asked);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return clamp(Duration.between(clock.instant(), at.toInstant()));
            } catch (java.time.format.DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static Duration clamp(Duration asked) {
        if (asked.isNegative() || asked.isZero()) {
            return Duration.ofSeconds(1);
        }
        return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
    }
}
