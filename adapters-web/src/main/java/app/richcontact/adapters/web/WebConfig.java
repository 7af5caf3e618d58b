package app.richcontact.adapters.web;

import app.richcontact.domain.Channel;
import app.richcontact.domain.ChannelRules;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web adapter's settings, validated once.
 *
 * @param port                 the TCP port to listen on; 0 picks a free one
 * @param frameAncestors       the origins allowed to frame the settings page (the Crisp app)
 * @param hookSecret           the web-hook secret; {@code POST /webhooks/crisp} exists only with one
 * @param hookTolerance        how far a web hook's timestamp may be from our clock
 * @param clientRateLimit      settings page and API requests allowed per client address
 * @param websiteRateLimit     settings page and API requests allowed per website
 * @param maxBodyBytes         the largest request body accepted (413 above)
 * @param offeredChannels      the channels the settings page offers as check boxes
 * @param trustForwardedFor    whether a reverse proxy in front sets {@code X-Forwarded-For}; when
 *                             true the client is the right-most address it lists
 */
public record WebConfig(int port, List<String> frameAncestors, Optional<HookSecret> hookSecret,
                        Duration hookTolerance, RateLimit clientRateLimit, RateLimit websiteRateLimit,
                        int maxBodyBytes, List<Channel> offeredChannels, boolean trustForwardedFor) {

    public static final List<String> DEFAULT_FRAME_ANCESTORS = List.of("https://app.crisp.chat");
    public static final Duration DEFAULT_HOOK_TOLERANCE = Duration.ofMinutes(5);
    public static final RateLimit DEFAULT_CLIENT_RATE_LIMIT = new RateLimit(60, Duration.ofMinutes(1));
    public static final RateLimit DEFAULT_WEBSITE_RATE_LIMIT = new RateLimit(30, Duration.ofMinutes(1));
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    private static final int MIN_BODY_BYTES = 1024;
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final Duration MAX_HOOK_TOLERANCE = Duration.ofHours(1);
    /** A scheme, a host (optionally {@code *.} for sub-domains) and a port: nothing that could break a CSP header. */
    private static final Pattern ORIGIN =
            Pattern.compile("https?://(\\*\\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:[0-9]{1,5})?");

    public WebConfig {
        require(port >= 0 && port <= 65_535, "port must be between 0 and 65535");
        require(frameAncestors != null && !frameAncestors.isEmpty(), "frameAncestors must list at least one origin");
        frameAncestors = List.copyOf(frameAncestors);
        frameAncestors.forEach(origin -> require(ORIGIN.matcher(origin).matches(),
                "frameAncestors must be origins such as https://app.crisp.chat (lower-case, no path)"));
        Objects.requireNonNull(hookSecret, "hookSecret must be given (Optional.empty() when web hooks are off)");
        require(hookTolerance != null && !hookTolerance.isNegative() && !hookTolerance.isZero()
                && hookTolerance.compareTo(MAX_HOOK_TOLERANCE) <= 0, "hookTolerance must be between 0 and 1 hour");
        require(clientRateLimit != null, "clientRateLimit must be given");
        require(websiteRateLimit != null, "websiteRateLimit must be given");
        require(maxBodyBytes >= MIN_BODY_BYTES && maxBodyBytes <= MAX_BODY_BYTES,
                "maxBodyBytes must be between 1 KiB and 16 MiB");
        require(offeredChannels != null, "offeredChannels must be given");
        offeredChannels = List.copyOf(new java.util.LinkedHashSet<>(offeredChannels));
    }

    /** The defaults, web hooks off, offering the channels the capture rules know. */
    public static WebConfig defaults(int port, ChannelRules channelRules) {
        return new WebConfig(port, DEFAULT_FRAME_ANCESTORS, Optional.empty(), DEFAULT_HOOK_TOLERANCE,
                DEFAULT_CLIENT_RATE_LIMIT, DEFAULT_WEBSITE_RATE_LIMIT, DEFAULT_MAX_BODY_BYTES,
                channelRules.offeredChannels(), false);
    }

    public boolean hooksEnabled() {
        return hookSecret.isPresent();
    }

    public WebConfig withHookSecret(HookSecret secret) {
        return new WebConfig(port, frameAncestors, Optional.of(secret), hookTolerance, clientRateLimit,
                websiteRateLimit, maxBodyBytes, offeredChannels, trustForwardedFor);
    }

    public WebConfig withRateLimits(RateLimit perClient, RateLimit perWebsite) {
        return new WebConfig(port, frameAncestors, hookSecret, hookTolerance, perClient, perWebsite,
                maxBodyBytes, offeredChannels, trustForwardedFor);
    }

    public WebConfig withTrustForwardedFor(boolean trust) {
        return new WebConfig(port, frameAncestors, hookSecret, hookTolerance, clientRateLimit,
                websiteRateLimit, maxBodyBytes, offeredChannels, trust);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
