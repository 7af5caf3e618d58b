package app.richcontact.adapters.web;

import app.richcontact.domain.Channel;
import app.richcontact.domain.ChannelRules;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The web adapter's settings, grouped by concern and validated once. Build it with
 * {@link #builder(int, ChannelRules)}: each default is written once, in the builder.
 *
 * @param port              the TCP port to listen on; 0 picks a free one
 * @param managementPort    when present, health and metrics are served on this port only, and
 *                          {@code port} serves only the settings page, its API and web hooks
 * @param page              what the settings page offers and who may frame it
 * @param hooks             whether web hooks are accepted, and how they are checked
 * @param limits            request rates and sizes
 * @param trustForwardedFor whether a reverse proxy in front sets {@code X-Forwarded-For}; when
 *                          true the client is the right-most address it lists
 */
public record WebConfig(int port, OptionalInt managementPort, Page page, Hooks hooks, Limits limits,
                        boolean trustForwardedFor) {

    /** The largest request body accepted by default (413 above). */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public WebConfig {
        require(port >= 0 && port <= 65_535, "port must be between 0 and 65535");
        require(managementPort != null, "managementPort must be given (OptionalInt.empty() for none)");
        managementPort.ifPresent(management -> require(management >= 0 && management <= 65_535
                && (management == 0 || management != port), "managementPort must be between 0 and 65535 and not port"));
        require(page != null && hooks != null && limits != null, "page, hooks and limits must be given");
    }

    public boolean hooksEnabled() {
        return hooks.secret().isPresent();
    }

    /**
     * The settings page.
     *
     * @param frameAncestors  the origins allowed to frame the settings page (the Crisp app)
     * @param offeredChannels the channels the settings page offers as check boxes
     */
    public record Page(List<String> frameAncestors, List<Channel> offeredChannels) {

        /** A scheme, a host (optionally {@code *.} for sub-domains) and a port: nothing that could break a CSP header. */
        private static final Pattern ORIGIN =
                Pattern.compile("https?://(\\*\\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?");

        public Page {
            require(frameAncestors != null && !frameAncestors.isEmpty(), "frameAncestors must list at least one origin");
            frameAncestors = List.copyOf(frameAncestors);
            frameAncestors.forEach(origin -> require(ORIGIN.matcher(origin).matches(),
                    "frameAncestors must be origins such as https://app.crisp.chat (lower-case, no path)"));
            require(offeredChannels != null, "offeredChannels must be given");
            offeredChannels = List.copyOf(new LinkedHashSet<>(offeredChannels));
        }
    }

    /**
     * Web hooks.
     *
     * @param secret    the web-hook secret; {@code POST /webhooks/crisp} exists only with one
     * @param tolerance how far a web hook's timestamp may be from our clock
     */
    public record Hooks(Optional<HookSecret> secret, Duration tolerance) {

        private static final Duration MAX_TOLERANCE = Duration.ofHours(1);

        public Hooks {
            Objects.requireNonNull(secret, "hookSecret must be given (Optional.empty() when web hooks are off)");
            require(tolerance != null && !tolerance.isNegative() && !tolerance.isZero()
                    && tolerance.compareTo(MAX_TOLERANCE) <= 0, "hookTolerance must be between 0 and 1 hour");
        }
    }

    /**
     * Request rates and sizes.
     *
     * @param perClient    settings page and API requests allowed per client address
     * @param perWebsite   settings page and API requests allowed per website
     * @param maxBodyBytes the largest request body accepted (413 above)
     */
    public record Limits(RateLimit perClient, RateLimit perWebsite, int maxBodyBytes) {

        private static final int MIN_BODY_BYTES = 1024;
        private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

        public Limits {
            require(perClient != null, "clientRateLimit must be given");
            require(perWebsite != null, "websiteRateLimit must be given");
            require(maxBodyBytes >= MIN_BODY_BYTES && maxBodyBytes <= MAX_BODY_BYTES,
                    "maxBodyBytes must be between 1 KiB and 16 MiB");
        }
    }

    /** A builder holding the defaults, web hooks off, offering the channels the capture rules know. */
    public static Builder builder(int port, ChannelRules channelRules) {
        return new Builder(port, channelRules.offeredChannels());
    }

    /** Builds a {@link WebConfig}; its field initialisers are the defaults. */
    public static final class Builder {

        private final int port;
        private List<Channel> offeredChannels;

        private Builder(int port, List<Channel> offeredChannels) {
            this.port = port;
            this.offeredChannels = offeredChannels;
        }

        private List<String> frameAncestors = List.of("https://app.crisp.chat");
        public Builder frameAncestors(List<String> value) { this.frameAncestors = value; return this; }

        private HookSecret hookSecret;
        /** The web-hook secret, or null for no web hooks. */
        public Builder hookSecret(HookSecret value) { this.hookSecret = value; return this; }
        private Duration hookTolerance = Duration.ofMinutes(5);
        public Builder hookTolerance(Duration value) { this.hookTolerance = value; return this; }
        private RateLimit clientRateLimit = new RateLimit(60, Duration.ofMinutes(1));
        public Builder clientRateLimit(RateLimit value) { this.clientRateLimit = value; return this; }
        private RateLimit websiteRateLimit = new RateLimit(30, Duration.ofMinutes(1));
        public Builder websiteRateLimit(RateLimit value) { this.websiteRateLimit = value; return this; }
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        public Builder maxBodyBytes(int value) { this.maxBodyBytes = value; return this; }
        private boolean trustForwardedFor;
        public Builder trustForwardedFor(boolean value) { this.trustForwardedFor = value; return this; }
        private OptionalInt managementPort = OptionalInt.empty();
        public Builder managementPort(int value) { this.managementPort = OptionalInt.of(value); return this; }

        public WebConfig build() {
            return new WebConfig(port, managementPort, new Page(frameAncestors, offeredChannels),
                    new Hooks(Optional.ofNullable(hookSecret), hookTolerance),
                    new Limits(clientRateLimit, websiteRateLimit, maxBodyBytes), trustForwardedFor);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
