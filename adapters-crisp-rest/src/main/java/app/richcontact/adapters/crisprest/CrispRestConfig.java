package app.richcontact.adapters.crisprest;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach Crisp's REST API and how carefully to spend its daily quota, grouped by concern.
 * Build it with {@link #builder(URI, String, String, String)}: each default is written once, in
 * the builder, and each group checks its own values.
 *
 * @param account     where the API is and who we are
 * @param timeouts    how long one request may take and how often it is retried
 * @param limits      our own request rate limit and bulkhead
 * @param quota       the daily budget and what happens past it
 * @param phoneSearch how phones are searched in the CRM
 */
public record CrispRestConfig(Account account, Timeouts timeouts, Limits limits, Quota quota, PhoneSearch phoneSearch) {

    public static final URI CRISP_API = URI.create("https://api.crisp.chat/v1/");

    public CrispRestConfig {
        require(account != null && timeouts != null && limits != null && quota != null,
                "account, timeouts, limits and quota must be given");
        require(phoneSearch != null, "phoneSearch must be given");
    }

    /**
     * Where the API is and who we are.
     *
     * @param baseUri    the API root, ending with {@code /v1/}
     * @param identifier the plugin token identifier (Basic auth user)
     * @param key        the plugin token key (Basic auth password); never printed
     * @param version    our version, sent in the {@code User-Agent}
     */
    public record Account(URI baseUri, String identifier, String key, String version) {

        public Account {
            require(baseUri != null && baseUri.isAbsolute() && baseUri.getPath().endsWith("/"),
                    "baseUri must be an absolute URL ending with /");
            require(identifier != null && !identifier.isBlank(), "identifier must be given");
            require(key != null && !key.isBlank(), "key must be given");
            require(version != null && !version.isBlank(), "version must be given");
        }

        @Override
        public String toString() {
            return "Account[baseUri=" + baseUri + ", identifier=" + identifier + ", key=\u2022\u2022\u2022\u2022, version="
                    + version + "]";
        }
    }

    /**
     * How long one request may take.
     *
     * @param connect    to open a connection
     * @param request    for one request, from sending to the last byte of the answer
     * @param maxRetries retries of one request after an I/O error or a 5xx answer
     */
    public record Timeouts(Duration connect, Duration request, int maxRetries) {

        public Timeouts {
            require(positive(connect), "connectTimeout must be positive");
            require(positive(request), "requestTimeout must be positive");
            require(maxRetries >= 0 && maxRetries <= 10, "maxRetries must be between 0 and 10");
        }
    }

    /**
     * Our own limits on Crisp requests.
     *
     * @param requestsPerSecond our own request rate limit
     * @param maxConcurrent     requests in flight at once (a bulkhead)
     */
    public record Limits(int requestsPerSecond, int maxConcurrent) {

        public Limits {
            require(requestsPerSecond > 0, "requestsPerSecond must be positive");
            require(maxConcurrent > 0, "maxConcurrent must be positive");
        }
    }

    /**
     * The daily budget.
     *
     * @param daily         the requests we allow ourselves per UTC day
     * @param optionalShare the share of the daily quota that optional work (catch-up scans) may use
     * @param pause         how long to stop all requests after a 429/420 without {@code Retry-After}
     */
    public record Quota(long daily, double optionalShare, Duration pause) {

        public Quota {
            require(daily > 0, "dailyQuota must be positive");
            require(optionalShare >= 0 && optionalShare <= 1, "optionalShare must be between 0 and 1");
            require(positive(pause), "quotaPause must be positive");
        }
    }

    /** A builder holding the production defaults, for the given API root, token and version. */
    public static Builder builder(URI baseUri, String identifier, String key, String version) {
        return new Builder(new Account(baseUri, identifier, key, version));
    }

    /** Builds a {@link CrispRestConfig}; its field initialisers are the production defaults. */
    public static final class Builder {

        private final Account account;

        private Builder(Account account) {
            this.account = account;
        }

        private Duration connectTimeout = Duration.ofSeconds(5); // both timeouts as in Crisp's official clients
        public Builder connectTimeout(Duration value) { this.connectTimeout = value; return this; }
        private Duration requestTimeout = Duration.ofSeconds(10);
        public Builder requestTimeout(Duration value) { this.requestTimeout = value; return this; }
        private int maxRetries = 2;
        public Builder maxRetries(int value) { this.maxRetries = value; return this; }
        private int requestsPerSecond = 50;
        public Builder requestsPerSecond(int value) { this.requestsPerSecond = value; return this; }
        private int maxConcurrent = 32;
        public Builder maxConcurrent(int value) { this.maxConcurrent = value; return this; }
        private long dailyQuota = 5_000; // Crisp's documented quota
        public Builder dailyQuota(long value) { this.dailyQuota = value; return this; }
        private double optionalShare = 0.3;
        public Builder optionalShare(double value) { this.optionalShare = value; return this; }
        private Duration quotaPause = Duration.ofSeconds(60);
        public Builder quotaPause(Duration value) { this.quotaPause = value; return this; }
        private PhoneSearch phoneSearch = PhoneSearch.FILTER_EITHER;
        public Builder phoneSearch(PhoneSearch value) { this.phoneSearch = value; return this; }

        public CrispRestConfig build() {
            return new CrispRestConfig(account, new Timeouts(connectTimeout, requestTimeout, maxRetries),
                    new Limits(requestsPerSecond, maxConcurrent), new Quota(dailyQuota, optionalShare, quotaPause),
                    phoneSearch);
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
