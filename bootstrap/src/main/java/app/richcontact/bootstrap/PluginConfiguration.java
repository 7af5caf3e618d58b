package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprest.CrispRestConfig;
import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.domain.ChannelAlias;
import app.richcontact.domain.ChannelRules;
import app.richcontact.domain.UrnPattern;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything Rich Contact reads from its environment, validated once at start-up. The table of
 * variables is in the README; secrets (the plugin key, the hook secret) are never printed.
 */
public record PluginConfiguration(
        String identifier, String key, URI apiUrl, String hookSecret, int port,
        Duration collectionWindow, int maxPendingCaptures, int workers,
        long dailyQuota, double optionalQuotaShare, int requestsPerSecond, int maxConcurrentRequests,
        PhoneSearch phoneSearch, ChannelRules channels, List<String> frameAncestors, boolean trustForwardedFor,
        boolean realtime, Duration catchUpLookback, Duration shutdownDeadline, LogFormat logFormat,
        int maxRetries, Duration maxRetryDelay, Duration quotaPause) {

    public static final String IDENTIFIER = "CRISP_PLUGIN_IDENTIFIER";
    public static final String KEY = "CRISP_PLUGIN_KEY";
    public static final String API_URL = "CRISP_API_URL";
    public static final String HOOK_SECRET = "CRISP_HOOK_SECRET";
    public static final String PORT = "RICHCONTACT_PORT";
    public static final String WINDOW = "RICHCONTACT_COLLECTION_WINDOW";
    public static final String MAX_PENDING = "RICHCONTACT_MAX_PENDING_CAPTURES";
    public static final String WORKERS = "RICHCONTACT_WORKERS";
    public static final String DAILY_QUOTA = "RICHCONTACT_DAILY_QUOTA";
    public static final String OPTIONAL_SHARE = "RICHCONTACT_OPTIONAL_QUOTA_SHARE";
    public static final String REQUESTS_PER_SECOND = "RICHCONTACT_REQUESTS_PER_SECOND";
    public static final String MAX_CONCURRENT = "RICHCONTACT_MAX_CONCURRENT_REQUESTS";
    public static final String PHONE_SEARCH = "RICHCONTACT_PHONE_SEARCH";
    public static final String CHANNEL_ALIASES = "RICHCONTACT_CHANNEL_ALIASES";
    public static final String DENIED_ORIGINS = "RICHCONTACT_DENIED_ORIGINS";
    public static final String FRAME_ANCESTORS = "RICHCONTACT_FRAME_ANCESTORS";
    public static final String TRUST_FORWARDED_FOR = "RICHCONTACT_TRUST_FORWARDED_FOR";
    public static final String REALTIME = "RICHCONTACT_RTM";
    public static final String CATCH_UP_LOOKBACK = "RICHCONTACT_CATCH_UP_LOOKBACK";
    public static final String SHUTDOWN_DEADLINE = "RICHCONTACT_SHUTDOWN_DEADLINE";
    public static final String LOG_FORMAT = "RICHCONTACT_LOG_FORMAT";
    public static final String MAX_RETRIES = "RICHCONTACT_MAX_RETRIES";
    public static final String MAX_RETRY_DELAY = "RICHCONTACT_MAX_RETRY_DELAY";
    public static final String QUOTA_PAUSE = "RICHCONTACT_QUOTA_PAUSE";

    /** How log lines are written: for people, or one JSON object per line for log shippers. */
    public enum LogFormat { TEXT, JSON }

    public static PluginConfiguration fromEnvironment(Map<String, String> variables) {
        Environment env = new Environment(variables);
        String hookSecret = env.text(HOOK_SECRET, null);
        if (hookSecret != null && hookSecret.length() < 16) {
            throw new ConfigurationException(HOOK_SECRET, "must be at least 16 characters");
        }
        return new PluginConfiguration(
                env.required(IDENTIFIER),
                env.required(KEY),
                env.url(API_URL, CrispRestConfig.CRISP_API),
                hookSecret,
                env.integer(PORT, 8080, 0, 65_535),
                env.duration(WINDOW, Duration.ofSeconds(3), Duration.ofMinutes(10)),
                env.integer(MAX_PENDING, 100_000, 1, 10_000_000),
                env.integer(WORKERS, 32, 1, 1_024),
                env.integer(DAILY_QUOTA, 5_000, 1, Integer.MAX_VALUE),
                env.fraction(OPTIONAL_SHARE, 0.3),
                env.integer(REQUESTS_PER_SECOND, 50, 1, 100_000),
                env.integer(MAX_CONCURRENT, 32, 1, 10_000),
                env.choice(PHONE_SEARCH, PhoneSearch.SEARCH_TEXT, PhoneSearch.class),
                new ChannelRules(
                        list(env, DENIED_ORIGINS, "contact-form,bot,slack", UrnPattern::new),
                        list(env, CHANNEL_ALIASES, "", ChannelAlias::parse)),
                list(env, FRAME_ANCESTORS, "https://app.crisp.chat", PluginConfiguration::origin),
                env.flag(TRUST_FORWARDED_FOR, false),
                env.flag(REALTIME, true),
                env.duration(CATCH_UP_LOOKBACK, Duration.ofMinutes(10), Duration.ofDays(1)),
                env.duration(SHUTDOWN_DEADLINE, Duration.ofSeconds(20), Duration.ofMinutes(10)),
                env.choice(LOG_FORMAT, LogFormat.TEXT, LogFormat.class),
                env.integer(MAX_RETRIES, 6, 0, 50),
                env.duration(MAX_RETRY_DELAY, Duration.ofMinutes(10), Duration.ofHours(6)),
                env.duration(QUOTA_PAUSE, Duration.ofSeconds(60), Duration.ofHours(24)));
    }

    /** A comma-separated list; a bad entry names the variable, its position and what is wrong. */
    private static <T> List<T> list(Environment env, String name, String fallback, Function<String, T> parse) {
        String text = env.text(name, fallback);
        List<T> items = new ArrayList<>();
        String[] entries = text.isBlank() ? new String[0] : text.split(",");
        for (int i = 0; i < entries.length; i++) {
            try {
                items.add(parse.apply(entries[i].strip()));
            } catch (IllegalArgumentException invalid) {
                throw new ConfigurationException(name, "entry " + (i + 1) + " (" + entries[i].strip() + "): "
                        + invalid.getMessage());
            }
        }
        return List.copyOf(items);
    }

    private static String origin(String text) {
        URI uri = URI.create(text);
        if (!uri.isAbsolute() || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw new IllegalArgumentException("must be an origin such as https://app.crisp.chat");
        }
        return text;
    }

    @Override
    public String toString() {
        return "PluginConfiguration[identifier=" + identifier + ", key=\u2022\u2022\u2022\u2022, apiUrl=" + apiUrl
                + ", hookSecret=" + (hookSecret == null ? "none" : "\u2022\u2022\u2022\u2022") + ", port=" + port
                + ", collectionWindow=" + collectionWindow + ", maxPendingCaptures=" + maxPendingCaptures
                + ", workers=" + workers + ", dailyQuota=" + dailyQuota + ", optionalQuotaShare=" + optionalQuotaShare
                + ", requestsPerSecond=" + requestsPerSecond + ", maxConcurrentRequests=" + maxConcurrentRequests
                + ", phoneSearch=" + phoneSearch + ", channels=" + channels + ", frameAncestors=" + frameAncestors + ", trustForwardedFor=" + trustForwardedFor
                + ", realtime=" + realtime + ", catchUpLookback=" + catchUpLookback
                + ", shutdownDeadline=" + shutdownDeadline + ", logFormat=" + logFormat + ", maxRetries=" + maxRetries
                + ", maxRetryDelay=" + maxRetryDelay + ", quotaPause=" + quotaPause + "]";
    }
}
