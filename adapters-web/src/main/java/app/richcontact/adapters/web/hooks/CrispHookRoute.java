package app.richcontact.adapters.web.hooks;

import app.richcontact.adapters.web.WebConfig;
import app.richcontact.adapters.web.http.BodyTooLargeException;
import app.richcontact.adapters.web.http.BodyTooSlowException;
import app.richcontact.adapters.web.http.JsonAnswers;
import app.richcontact.adapters.web.http.RequestBody;
import app.richcontact.adapters.web.operations.WebCounters;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import app.richcontact.application.port.in.UseCaseFailure;
import app.richcontact.crispevents.CrispEvent;
import app.richcontact.crispevents.CrispEventNames;
import app.richcontact.crispevents.CrispEventReader;
import app.richcontact.crispevents.EventLimits;
import app.richcontact.crispevents.jackson.JacksonTree;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/crisp}: refuses from the headers alone what cannot be genuine, reads the
 * body within a deadline and with a bound on reads at once (so slow uploads cannot freeze the
 * server), verifies the signature over the raw body, answers at once, and
 * hands the events to the same in-ports as the RTM adapter. Conversation events are cheap and
 * go in directly; installation events, which may cost a Crisp lookup, go to a small executor.
 * A payload that cannot be used is answered 2xx all the same (a retry would not parse better),
 * dropped and counted; a redelivery is recognised and changes nothing.
 */
public final class CrispHookRoute implements AutoCloseable {

    public static final String PATH = "/webhooks/crisp";

    private static final Logger LOG = LoggerFactory.getLogger(CrispHookRoute.class);
    private static final String SOURCE = "webhook";
    private static final int MAX_DELIVERY_KEYS = 50_000;
    /** Crisp's retry schedule is not documented; an hour covers any reasonable one. */
    private static final Duration DELIVERY_MEMORY = Duration.ofHours(1);
    private static final int INSTALLATION_QUEUE = 256;
    private static final Duration RETRY_WHEN_BUSY = Duration.ofSeconds(5);
    /**
     * Bodies read at once: each read holds a request thread for up to the read deadline, so
     * slow uploads past this are refused at once instead of starving every other route.
     */
    static final int MAX_CONCURRENT_BODY_READS = 16;

    private final CrispHookSignature signature;
    private final CrispEventReader<JsonNode> events;
    private final DeliveryKeys deliveries;
    private final CaptureConversationUseCase captureConversation;
    private final TrackInstallationsUseCase trackInstallations;
    private final int maxBodyBytes;
    private final WebCounters counters;
    private final ThreadPoolExecutor installationWorker;
    private final Semaphore bodyReads = new Semaphore(MAX_CONCURRENT_BODY_READS);
    private volatile boolean refusing;

    public CrispHookRoute(WebConfig config, CaptureConversationUseCase captureConversation,
                          TrackInstallationsUseCase trackInstallations, WebCounters counters, Clock clock) {
        this.signature = new CrispHookSignature(config.hooks().secret().orElseThrow(
                () -> new IllegalArgumentException("web hooks need a hook secret")), config.hooks().tolerance(), clock);
        this.events = new CrispEventReader<>(JacksonTree.INSTANCE, EventLimits.DEFAULTS, counters::ignoredField);
        this.deliveries = new DeliveryKeys(MAX_DELIVERY_KEYS, DELIVERY_MEMORY, clock);
        this.captureConversation = captureConversation;
        this.trackInstallations = trackInstallations;
        this.maxBodyBytes = config.limits().maxBodyBytes();
        this.counters = counters;
        AtomicInteger threads = new AtomicInteger();
        this.installationWorker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(INSTALLATION_QUEUE), task -> {
                    Thread thread = new Thread(task, "crisp-hook-installations-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Standby or shutdown: from now on deliveries are answered 503 with {@code Retry-After}, so that
     * Crisp delivers them again later (to the active replica, or this process restarted) instead of
     * them being acknowledged where no capture may start.
     */
    public void refuseDeliveries() {
        refusing = true;
    }

    /** This replica became the active one: deliveries are handled again. */
    public void acceptDeliveries() {
        refusing = false;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::deliver);
    }

    void deliver(Context ctx) {
        String result;
        try {
            result = handle(ctx);
        } catch (RuntimeException unexpected) {
            LOG.warn("web hook handling failed with {}", unexpected.getClass().getName());
            JsonAnswers.error(ctx, 500, "internal", "The event could not be handled.");
            result = "error";
        }
        counters.hookRequest(result);
    }

    private String handle(Context ctx) {
        if (refusing) {
            JsonAnswers.retryAfter(ctx, RETRY_WHEN_BUSY);
            JsonAnswers.error(ctx, 503, "not_active", "This replica does not take events now; retry later.");
            return "not_active";
        }
        String refused = refuseBeforeReading(ctx);
        if (refused != null) {
            return refused;
        }
        if (!bodyReads.tryAcquire()) {
            JsonAnswers.retryAfter(ctx, RETRY_WHEN_BUSY);
            JsonAnswers.error(ctx, 503, "busy", "Too many deliveries are arriving at once; retry later.");
            return "overloaded";
        }
        byte[] raw;
        try {
            raw = RequestBody.read(ctx, maxBodyBytes);
        } catch (BodyTooLargeException tooLarge) {
            JsonAnswers.error(ctx, 413, "too_large", "The request is too large.");
            return "too_large";
        } catch (BodyTooSlowException tooSlow) {
            JsonAnswers.error(ctx, 408, "too_slow", "The request body did not arrive in time.");
            return "too_slow";
        } catch (IOException unreadable) {
            JsonAnswers.error(ctx, 400, "unreadable", "The request body could not be read.");
            return "unreadable";
        } finally {
            bodyReads.release();
        }
        CrispHookSignature.Verdict verdict = signature.check(
                ctx.header("X-Crisp-Request-Timestamp"), ctx.header("X-Crisp-Signature"), raw);
        if (verdict != CrispHookSignature.Verdict.VALID) {
            return unauthorized(ctx, verdict);
        }
        CrispEvent event;
        try {
            event = events.readHook(JsonAnswers.parse(raw));
        } catch (IOException malformed) {
            // Never logged: the parser's message may quote the payload.
            event = new CrispEvent.Dropped(CrispEventNames.OTHER, "malformed_json");
        }
        counters.hookEvent(event.label());
        if (event instanceof CrispEvent.Ignored) {
            return accepted(ctx, "ignored");
        }
        String key = event instanceof CrispEvent.ForConversation message && message.fingerprint() != null
                ? messageKey(message) : bodyKey(raw);
        if (!deliveries.firstDelivery(key)) {
            return accepted(ctx, "duplicate");
        }
        if (event instanceof CrispEvent.Dropped dropped) {
            counters.dropped(SOURCE, dropped.reason());
            return accepted(ctx, "dropped");
        }
        if (event instanceof CrispEvent.ForConversation conversation) {
            try {
                captureConversation.handle(conversation.event());
            } catch (RuntimeException failed) {
                deliveries.forget(key);
                throw failed;
            }
            return accepted(ctx, "accepted");
        }
        CrispEvent.ForInstallation installation = (CrispEvent.ForInstallation) event;
        try {
            installationWorker.execute(() -> track(installation.event()));
        } catch (RejectedExecutionException busy) {
            deliveries.forget(key);
            JsonAnswers.retryAfter(ctx, RETRY_WHEN_BUSY);
            JsonAnswers.error(ctx, 503, "busy", "Too many installation events at once; retry later.");
            return "overloaded";
        }
        return accepted(ctx, "accepted");
    }

    /**
     * Refuses, from its headers alone, a delivery that cannot be genuine: no signature headers,
     * a signature of the wrong form, a stale timestamp, a body that is not JSON or is declared
     * larger than accepted. Returns the result to count, or null when the body may be read.
     */
    private String refuseBeforeReading(Context ctx) {
        CrispHookSignature.Verdict plausible = signature.plausible(
                ctx.header("X-Crisp-Request-Timestamp"), ctx.header("X-Crisp-Signature"));
        if (plausible != CrispHookSignature.Verdict.VALID) {
            return unauthorized(ctx, plausible);
        }
        String type = ctx.header("Content-Type");
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            JsonAnswers.error(ctx, 415, "unsupported_media_type", "Web hooks are JSON.");
            return "unsupported_media_type";
        }
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            JsonAnswers.error(ctx, 413, "too_large", "The request is too large.");
            return "too_large";
        }
        return null;
    }

    private static String unauthorized(Context ctx, CrispHookSignature.Verdict verdict) {
        JsonAnswers.error(ctx, 401, "unauthorized", "The signature is missing, wrong or too old.");
        return switch (verdict) {
            case MISSING -> "missing_signature";
            case STALE -> "stale_timestamp";
            default -> "bad_signature";
        };
    }

    private void track(InstallationEvent event) {
        try {
            trackInstallations.handle(event);
        } catch (UseCaseFailure failure) {
            counters.installationFailure(failure.reason());
            LOG.warn("installation event from a web hook failed: {}", failure.reason());
        } catch (RuntimeException unexpected) {
            counters.installationFailure("unexpected");
            LOG.warn("installation event from a web hook failed with {}", unexpected.getClass().getName());
        }
    }

    private static String accepted(Context ctx, String result) {
        JsonAnswers.send(ctx, 200, Map.of("result", result));
        return result;
    }

    /** Keys a visitor message by its session and fingerprint, so that a retry matches whatever else changed. */
    private static String messageKey(CrispEvent.ForConversation message) {
        return "message|" + message.event().website().value() + "|" + message.event().session().value() + "|"
                + message.fingerprint();
    }

    /** Keys a delivery by what was signed, so that only an identical retry matches. */
    private static String bodyKey(byte[] raw) {
        try {
            return "body|" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is unavailable", impossible);
        }
    }

    /** Stops taking installation events and lets the queued ones finish, up to a deadline. */
    @Override
    public void close() {
        installationWorker.shutdown();
        try {
            if (!installationWorker.awaitTermination(5, TimeUnit.SECONDS)) {
                installationWorker.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            installationWorker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
