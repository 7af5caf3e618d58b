package app.richcontact.adapters.crisprtm;

import app.richcontact.crispevents.CrispEventNames;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * How the listener connects to Crisp's real-time server and how it protects itself. Build it
 * with {@link #defaults(String, String)} and adjust with the {@code with…} methods; every value
 * is checked here, so a bad one stops start-up with a message naming it.
 *
 * @param identifier            the plugin token identifier (the {@code username} of {@code authentication})
 * @param key                   the plugin token key (the {@code password}); never printed
 * @param events                the events to subscribe to; each must be one the listener understands ({@link #EVENTS})
 * @param reconnectDelayMin     the first delay before reconnecting; it doubles per failed attempt
 * @param reconnectDelayMax     the longest delay before reconnecting
 * @param reconnectJitter       how much each delay is randomised, 0 (none) to below 1
 * @param connectTimeout        to open the WebSocket and join Socket.IO
 * @param authenticationTimeout to receive {@code authenticated} once {@code authentication} is sent
 * @param unauthorizedBackoff   how long to wait after Crisp refused the credentials
 * @param failuresBeforeRescue  failed attempts on one URL before trying the other one
 * @param endpointsMaxAge       after this, the endpoints are discovered again before the next connection
 * @param maxPayloadChars       a payload bigger than this (characters of keys and text) is dropped
 * @param maxPayloadDepth       a payload nested deeper than this is dropped
 * @param dispatchQueueCapacity parsed events waiting for the in-ports; past this, events are dropped and counted
 * @param catchUpMargin         added before each deaf period, to cover clock skew and events in flight
 * @param startupLookBack       how far before start-up the first catch-up looks
 * @param catchUpSpacing        minimum time between the starts of two catch-ups; gaps in between are merged,
 *                              so that a flapping connection cannot spend the daily quota on scans
 * @param bindInterval          minimum time between two {@code socket:bind} (Crisp honours one per 2.5 s)
 */
public record CrispRtmConfig(String identifier, String key, List<String> events,
                             Duration reconnectDelayMin, Duration reconnectDelayMax, double reconnectJitter,
                             Duration connectTimeout, Duration authenticationTimeout, Duration unauthorizedBackoff,
                             int failuresBeforeRescue, Duration endpointsMaxAge,
                             int maxPayloadChars, int maxPayloadDepth, int dispatchQueueCapacity,
                             Duration catchUpMargin, Duration startupLookBack, Duration catchUpSpacing,
                             Duration bindInterval) {

    /** Every event the application needs, and the default subscription. */
    public static final List<String> EVENTS = CrispEventNames.SUPPORTED;

    public CrispRtmConfig {
        require(identifier != null && !identifier.isBlank(), "identifier must be given");
        require(key != null && !key.isBlank(), "key must be given");
        require(events != null && !events.isEmpty(), "events must name at least one event");
        require(events.stream().allMatch(Objects::nonNull), "events must not contain null");
        events = List.copyOf(new LinkedHashSet<>(events));
        for (String event : events) {
            require(CrispEventNames.SUPPORTED.contains(event), "events may only contain " + CrispEventNames.SUPPORTED);
        }
        require(positive(reconnectDelayMin), "reconnectDelayMin must be positive");
        require(positive(reconnectDelayMax) && reconnectDelayMax.compareTo(reconnectDelayMin) >= 0,
                "reconnectDelayMax must be at least reconnectDelayMin");
        require(reconnectJitter >= 0 && reconnectJitter < 1, "reconnectJitter must be at least 0 and below 1");
        require(positive(connectTimeout), "connectTimeout must be positive");
        require(positive(authenticationTimeout), "authenticationTimeout must be positive");
        require(positive(unauthorizedBackoff), "unauthorizedBackoff must be positive");
        require(failuresBeforeRescue >= 1, "failuresBeforeRescue must be at least 1");
        require(positive(endpointsMaxAge), "endpointsMaxAge must be positive");
        require(maxPayloadChars >= 1_024, "maxPayloadChars must be at least 1024");
        require(maxPayloadDepth >= 3, "maxPayloadDepth must be at least 3");
        require(dispatchQueueCapacity >= 1, "dispatchQueueCapacity must be positive");
        require(notNegative(catchUpMargin), "catchUpMargin must be zero or positive");
        require(notNegative(startupLookBack), "startupLookBack must be zero or positive");
        require(notNegative(catchUpSpacing), "catchUpSpacing must be zero or positive");
        require(notNegative(bindInterval), "bindInterval must be zero or positive");
    }

    /**
     * Production values: reconnect after 5 s growing to 10 s randomised by 0.75 (Crisp's official
     * client), 10 s timeouts, 5 minutes after {@code unauthorized}, the rescue URL after 3 failures,
     * 256 K characters per payload, 10,000 queued events, a 1 minute catch-up margin, a 10 minute
     * look-back at start-up, at most one catch-up a minute, and {@code socket:bind} at most every
     * 2.6 s (Crisp's 2.5 s plus room for network jitter).
     */
    public static CrispRtmConfig defaults(String identifier, String key) {
        return new CrispRtmConfig(identifier, key, EVENTS,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 0.75,
                Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMinutes(5),
                3, Duration.ofHours(1),
                256 * 1_024, 32, 10_000,
                Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMillis(2_600));
    }

    public CrispRtmConfig withEvents(List<String> subscribed) {
        return new CrispRtmConfig(identifier, key, subscribed, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, catchUpMargin, startupLookBack,
                catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withReconnectDelays(Duration min, Duration max, double jitter) {
        return new CrispRtmConfig(identifier, key, events, min, max, jitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, catchUpMargin, startupLookBack,
                catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withTimeouts(Duration connect, Duration authentication) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connect, authentication, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, catchUpMargin, startupLookBack,
                catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withUnauthorizedBackoff(Duration backoff) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, backoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, catchUpMargin, startupLookBack,
                catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withRescue(int failures, Duration endpointsAge) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failures, endpointsAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, catchUpMargin, startupLookBack,
                catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withPayloadLimits(int chars, int depth) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                chars, depth, dispatchQueueCapacity, catchUpMargin, startupLookBack, catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withDispatchQueueCapacity(int capacity) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, capacity, catchUpMargin, startupLookBack,
                catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withCatchUp(Duration margin, Duration lookBack) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, margin, lookBack,
                catchUpSpacing, bindInterval);
    }

    public CrispRtmConfig withCatchUpSpacing(Duration spacing) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, catchUpMargin, startupLookBack, spacing,
                bindInterval);
    }

    public CrispRtmConfig withBindInterval(Duration interval) {
        return new CrispRtmConfig(identifier, key, events, reconnectDelayMin, reconnectDelayMax, reconnectJitter,
                connectTimeout, authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge,
                maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity, catchUpMargin, startupLookBack, catchUpSpacing,
                interval);
    }

    @Override
    public String toString() {
        return "CrispRtmConfig[identifier=" + identifier + ", key=\u2022\u2022\u2022\u2022, events=" + events
                + ", reconnectDelay=" + reconnectDelayMin + ".." + reconnectDelayMax + " jitter " + reconnectJitter
                + ", connectTimeout=" + connectTimeout + ", authenticationTimeout=" + authenticationTimeout
                + ", unauthorizedBackoff=" + unauthorizedBackoff + ", failuresBeforeRescue=" + failuresBeforeRescue
                + ", endpointsMaxAge=" + endpointsMaxAge + ", maxPayloadChars=" + maxPayloadChars
                + ", maxPayloadDepth=" + maxPayloadDepth + ", dispatchQueueCapacity=" + dispatchQueueCapacity
                + ", catchUpMargin=" + catchUpMargin + ", startupLookBack=" + startupLookBack
                + ", catchUpSpacing=" + catchUpSpacing
                + ", bindInterval=" + bindInterval + "]";
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static boolean notNegative(Duration duration) {
        return duration != null && !duration.isNegative();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
