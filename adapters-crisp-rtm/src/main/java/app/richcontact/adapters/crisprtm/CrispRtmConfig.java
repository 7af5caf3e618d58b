package app.richcontact.adapters.crisprtm;

import app.richcontact.crispevents.CrispEventNames;
import app.richcontact.crispevents.EventLimits;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * How the listener connects to Crisp's real-time server and how it protects itself, grouped by
 * concern. Build it with {@link #builder(String, String)}: each default is written once, in the
 * builder, and each group checks its own values, so a bad one stops start-up with a message naming it.
 *
 * @param credentials  the plugin token
 * @param events       the events to subscribe to; each must be one the listener understands ({@link #EVENTS})
 * @param reconnect    how connections are opened, timed out and retried
 * @param limits       what the listener accepts and queues
 * @param catchUp      how deaf periods are scanned afterwards
 * @param bindInterval minimum time between two {@code socket:bind} (Crisp honours one per 2.5 s)
 */
public record CrispRtmConfig(Credentials credentials, List<String> events, Reconnect reconnect, Limits limits,
                             CatchUp catchUp, Duration bindInterval) {

    /** Every event the application needs, and the default subscription. */
    public static final List<String> EVENTS = CrispEventNames.SUPPORTED;

    public CrispRtmConfig {
        require(credentials != null && reconnect != null && limits != null && catchUp != null,
                "credentials, reconnect, limits and catchUp must be given");
        require(events != null && !events.isEmpty(), "events must name at least one event");
        require(events.stream().allMatch(Objects::nonNull), "events must not contain null");
        events = List.copyOf(new LinkedHashSet<>(events));
        require(EVENTS.containsAll(events), "events may only contain " + EVENTS);
        require(notNegative(bindInterval), "bindInterval must be zero or positive");
    }

    /**
     * The plugin token the listener authenticates with.
     *
     * @param identifier the {@code username} of {@code authentication}
     * @param key        the {@code password}; never printed
     */
    public record Credentials(String identifier, String key) {

        public Credentials {
            require(identifier != null && !identifier.isBlank(), "identifier must be given");
            require(key != null && !key.isBlank(), "key must be given");
        }

        @Override
        public String toString() {
            return "Credentials[identifier=" + identifier + ", key=\u2022\u2022\u2022\u2022]";
        }
    }

    /**
     * How connections are opened and retried.
     *
     * @param delayMin              the first delay before reconnecting; it doubles per failed attempt
     * @param delayMax              the longest delay before reconnecting
     * @param jitter                how much each delay is randomised, 0 (none) to below 1
     * @param connectTimeout        to open the WebSocket and join Socket.IO
     * @param authenticationTimeout to receive {@code authenticated} once {@code authentication} is sent
     * @param unauthorizedBackoff   how long to wait after Crisp refused the credentials
     * @param failuresBeforeRescue  failed attempts on one URL before trying the other one
     * @param endpointsMaxAge       after this, the endpoints are discovered again before the next connection
     */
    public record Reconnect(Duration delayMin, Duration delayMax, double jitter, Duration connectTimeout,
                            Duration authenticationTimeout, Duration unauthorizedBackoff,
                            int failuresBeforeRescue, Duration endpointsMaxAge) {

        public Reconnect {
            require(positive(delayMin), "reconnectDelayMin must be positive");
            require(positive(delayMax) && delayMax.compareTo(delayMin) >= 0,
                    "reconnectDelayMax must be at least reconnectDelayMin");
            require(jitter >= 0 && jitter < 1, "reconnectJitter must be at least 0 and below 1");
            require(positive(connectTimeout), "connectTimeout must be positive");
            require(positive(authenticationTimeout), "authenticationTimeout must be positive");
            require(positive(unauthorizedBackoff), "unauthorizedBackoff must be positive");
            require(failuresBeforeRescue >= 1, "failuresBeforeRescue must be at least 1");
            require(positive(endpointsMaxAge), "endpointsMaxAge must be positive");
        }
    }

    /**
     * What the listener accepts and queues.
     *
     * @param maxPayloadChars       a payload bigger than this (characters of keys and text) is dropped
     * @param maxPayloadDepth       a payload nested deeper than this is dropped
     * @param dispatchQueueCapacity parsed events waiting for the in-ports; past this, events are dropped and counted
     */
    public record Limits(int maxPayloadChars, int maxPayloadDepth, int dispatchQueueCapacity) {

        public Limits {
            require(maxPayloadChars >= 1_024, "maxPayloadChars must be at least 1024");
            require(maxPayloadDepth >= 3, "maxPayloadDepth must be at least 3");
            require(dispatchQueueCapacity >= 1, "dispatchQueueCapacity must be positive");
        }
    }

    /**
     * How deaf periods (start-up, reconnections, dropped events) are scanned afterwards.
     *
     * @param margin          added before each deaf period, to cover clock skew and events in flight
     * @param startupLookBack how far before start-up the first catch-up looks
     * @param spacing         minimum time between the starts of two catch-ups; gaps in between are merged,
     *                        so that a flapping connection cannot spend the daily quota on scans
     */
    public record CatchUp(Duration margin, Duration startupLookBack, Duration spacing) {

        public CatchUp {
            require(notNegative(margin), "catchUpMargin must be zero or positive");
            require(notNegative(startupLookBack), "startupLookBack must be zero or positive");
            require(notNegative(spacing), "catchUpSpacing must be zero or positive");
        }
    }

    /** A builder holding the production defaults, for the given plugin token. */
    public static Builder builder(String identifier, String key) {
        return new Builder(identifier, key);
    }

    /** Builds a {@link CrispRtmConfig}; its field initialisers are the production defaults. */
    public static final class Builder {

        private final String identifier;
        private final String key;

        private Builder(String identifier, String key) {
            this.identifier = identifier;
            this.key = key;
        }

        private List<String> events = EVENTS;
        public Builder events(List<String> value) { this.events = value; return this; }
        private Duration reconnectDelayMin = Duration.ofSeconds(5); // min, max and jitter as in Crisp's official client
        public Builder reconnectDelayMin(Duration value) { this.reconnectDelayMin = value; return this; }
        private Duration reconnectDelayMax = Duration.ofSeconds(10);
        public Builder reconnectDelayMax(Duration value) { this.reconnectDelayMax = value; return this; }
        private double reconnectJitter = 0.75;
        public Builder reconnectJitter(double value) { this.reconnectJitter = value; return this; }
        private Duration connectTimeout = Duration.ofSeconds(10);
        public Builder connectTimeout(Duration value) { this.connectTimeout = value; return this; }
        private Duration authenticationTimeout = Duration.ofSeconds(10);
        public Builder authenticationTimeout(Duration value) { this.authenticationTimeout = value; return this; }
        private Duration unauthorizedBackoff = Duration.ofMinutes(5);
        public Builder unauthorizedBackoff(Duration value) { this.unauthorizedBackoff = value; return this; }
        private int failuresBeforeRescue = 3;
        public Builder failuresBeforeRescue(int value) { this.failuresBeforeRescue = value; return this; }
        private Duration endpointsMaxAge = Duration.ofHours(1);
        public Builder endpointsMaxAge(Duration value) { this.endpointsMaxAge = value; return this; }
        private int maxPayloadChars = EventLimits.DEFAULTS.maxPayloadChars();
        public Builder maxPayloadChars(int value) { this.maxPayloadChars = value; return this; }
        private int maxPayloadDepth = EventLimits.DEFAULTS.maxPayloadDepth();
        public Builder maxPayloadDepth(int value) { this.maxPayloadDepth = value; return this; }
        private int dispatchQueueCapacity = 10_000;
        public Builder dispatchQueueCapacity(int value) { this.dispatchQueueCapacity = value; return this; }
        private Duration catchUpMargin = Duration.ofMinutes(1);
        public Builder catchUpMargin(Duration value) { this.catchUpMargin = value; return this; }
        private Duration startupLookBack = Duration.ofMinutes(10);
        public Builder startupLookBack(Duration value) { this.startupLookBack = value; return this; }
        private Duration catchUpSpacing = Duration.ofMinutes(1);
        public Builder catchUpSpacing(Duration value) { this.catchUpSpacing = value; return this; }
        private Duration bindInterval = Duration.ofMillis(2_600); // Crisp's 2.5 s plus network jitter
        public Builder bindInterval(Duration value) { this.bindInterval = value; return this; }

        public CrispRtmConfig build() {
            return new CrispRtmConfig(new Credentials(identifier, key), events,
                    new Reconnect(reconnectDelayMin, reconnectDelayMax, reconnectJitter, connectTimeout,
                            authenticationTimeout, unauthorizedBackoff, failuresBeforeRescue, endpointsMaxAge),
                    new Limits(maxPayloadChars, maxPayloadDepth, dispatchQueueCapacity),
                    new CatchUp(catchUpMargin, startupLookBack, catchUpSpacing), bindInterval);
        }
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
