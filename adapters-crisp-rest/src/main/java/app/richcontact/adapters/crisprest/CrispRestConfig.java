package app.richcontact.adapters.crisprest;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach Crisp's REST API and how carefully to spend its daily quota.
 *
 * @param baseUri            the API root, ending with {@code /v1/}
 * @param identifier         the plugin token identifier (Basic auth user)
 * @param key                the plugin token key (Basic auth password); never printed
 * @param version            our version, sent in the {@code User-Agent}
 * @param connectTimeout     to open a connection
 * @param requestTimeout     for one request, from sending to the last byte of the answer
 * @param maxRetries         retries of one request after an I/O error or a 5xx answer
 * @param requestsPerSecond  our own request rate limit
 * @param maxConcurrent      requests in flight at once (a bulkhead)
 * @param dailyQuota         the requests we allow ourselves per UTC day
 * @param optionalShare      the share of the daily quota that optional work (catch-up scans) may use
 * @param quotaPause         how long to stop all requests after a 429/420 without {@code Retry-After}
 * @param phoneSearch        how phones are searched in the CRM
 */
public record CrispRestConfig(URI baseUri, String identifier, String key, String version,
                              Duration connectTimeout, Duration requestTimeout, int maxRetries,
                              int requestsPerSecond, int maxConcurrent, long dailyQuota,
                              double optionalShare, Duration quotaPause, PhoneSearch phoneSearch) {

    public static final URI CRISP_API = URI.create("https://api.crisp.chat/v1/");

    public CrispRestConfig {
        require(baseUri != null && baseUri.isAbsolute() && baseUri.getPath().endsWith("/"),
                "baseUri must be an absolute URL ending with /");
        require(identifier != null && !identifier.isBlank(), "identifier must be given");
        require(key != null && !key.isBlank(), "key must be given");
        require(version != null && !version.isBlank(), "version must be given");
        require(positive(connectTimeout), "connectTimeout must be positive");
        require(positive(requestTimeout), "requestTimeout must be positive");
        require(maxRetries >= 0 && maxRetries <= 10, "maxRetries must be between 0 and 10");
        require(requestsPerSecond > 0, "requestsPerSecond must be positive");
        require(maxConcurrent > 0, "maxConcurrent must be positive");
        require(dailyQuota > 0, "dailyQuota must be positive");
        require(optionalShare >= 0 && optionalShare <= 1, "optionalShare must be between 0 and 1");
        require(positive(quotaPause), "quotaPause must be positive");
        require(phoneSearch != null, "phoneSearch must be given");
    }

    /** Production defaults: Crisp's documented 5,000 requests a day, 10 s timeouts like the official clients. */
    public static CrispRestConfig defaults(URI baseUri, String identifier, String key, String version) {
        return new CrispRestConfig(baseUri, identifier, key, version, Duration.ofSeconds(5), Duration.ofSeconds(10),
                2, 50, 32, 5_000, 0.8, Duration.ofSeconds(60), PhoneSearch.SEARCH_TEXT);
    }

    public CrispRestConfig withDailyQuota(long quota, double share) {
        return new CrispRestConfig(baseUri, identifier, key, version, connectTimeout, requestTimeout, maxRetries,
                requestsPerSecond, maxConcurrent, quota, share, quotaPause, phoneSearch);
    }

    public CrispRestConfig withPhoneSearch(PhoneSearch search) {
        return new CrispRestConfig(baseUri, identifier, key, version, connectTimeout, requestTimeout, maxRetries,
                requestsPerSecond, maxConcurrent, dailyQuota, optionalShare, quotaPause, search);
    }

    public CrispRestConfig withTimeouts(Duration connect, Duration request, int retries) {
        return new CrispRestConfig(baseUri, identifier, key, version, connect, request, retries,
                requestsPerSecond, maxConcurrent, dailyQuota, optionalShare, quotaPause, phoneSearch);
    }

    public CrispRestConfig withQuotaPause(Duration pause) {
        return new CrispRestConfig(baseUri, identifier, key, version, connectTimeout, requestTimeout, maxRetries,
                requestsPerSecond, maxConcurrent, dailyQuota, optionalShare, pause, phoneSearch);
    }

    public CrispRestConfig withRateLimits(int perSecond, int concurrent) {
        return new CrispRestConfig(baseUri, identifier, key, version, connectTimeout, requestTimeout, maxRetries,
                perSecond, concurrent, dailyQuota, optionalShare, quotaPause, phoneSearch);
    }

    @Override
    public String toString() {
        return "CrispRestConfig[baseUri=" + baseUri + ", identifier=" + identifier + ", key=\u2022\u2022\u2022\u2022"
                + ", requestTimeout=" + requestTimeout + ", maxRetries=" + maxRetries + ", requestsPerSecond="
                + requestsPerSecond + ", maxConcurrent=" + maxConcurrent + ", dailyQuota=" + dailyQuota
                + ", optionalShare=" + optionalShare + ", quotaPause=" + quotaPause + ", phoneSearch=" + phoneSearch + "]";
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
