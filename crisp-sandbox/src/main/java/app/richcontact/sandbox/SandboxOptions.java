package app.richcontact.sandbox;

import app.richcontact.sandbox.internal.world.Ids;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to start a {@link CrispSandbox}: where it listens, the plugin's credentials, and the
 * initial value of every {@link SandboxSwitches switch}. Build one with {@link #builder()}.
 */
public final class SandboxOptions {

    /** Crisp's documented default daily request budget for a plugin. */
    public static final long DEFAULT_DAILY_QUOTA = 5_000;

    private final String host;
    private final int port;
    private final String advertisedHost;
    private final String pluginIdentifier;
    private final String pluginKey;
    private final String pluginId;
    private final long dailyQuota;
    private final int quotaStatus;
    private final Duration retryAfter;
    private final int duplicateStatus;
    private final String duplicateReason;
    private final Set<PhoneSearch> phoneSearch;
    private final Duration bindInterval;
    private final boolean nativeEmailProfiles;
    private final WebhookTarget webhook;
    private final Duration eventSpacing;
    private final String settingsSchema;

    private SandboxOptions(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.advertisedHost = b.advertisedHost == null ? b.host : b.advertisedHost;
        this.pluginIdentifier = b.pluginIdentifier;
        this.pluginKey = b.pluginKey;
        this.pluginId = b.pluginId;
        this.dailyQuota = b.dailyQuota;
        this.quotaStatus = b.quotaStatus;
        this.retryAfter = b.retryAfter;
        this.duplicateStatus = b.duplicateStatus;
        this.duplicateReason = b.duplicateReason;
        this.phoneSearch = Set.copyOf(b.phoneSearch);
        this.bindInterval = b.bindInterval;
        this.nativeEmailProfiles = b.nativeEmailProfiles;
        this.webhook = b.webhook;
        this.eventSpacing = b.eventSpacing;
        this.settingsSchema = b.settingsSchema;
    }

    /** A builder holding the defaults described on each of its methods. */
    public static Builder builder() {
        return new Builder();
    }

    /** All defaults: loopback, a free port, random credentials. */
    public static SandboxOptions defaults() {
        return builder().build();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String advertisedHost() {
        return advertisedHost;
    }

    public String pluginIdentifier() {
        return pluginIdentifier;
    }

    public String pluginKey() {
        return pluginKey;
    }

    public String pluginId() {
        return pluginId;
    }

    public long dailyQuota() {
        return dailyQuota;
    }

    public int quotaStatus() {
        return quotaStatus;
    }

    /** The {@code Retry-After} sent with 429/420 answers, or null for none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public int duplicateStatus() {
        return duplicateStatus;
    }

    public String duplicateReason() {
        return duplicateReason;
    }

    public Set<PhoneSearch> phoneSearch() {
        return phoneSearch;
    }

    public Duration bindInterval() {
        return bindInterval;
    }

    public boolean nativeEmailProfiles() {
        return nativeEmailProfiles;
    }

    /** The web hook target, or null when web hooks are off. */
    public WebhookTarget webhook() {
        return webhook;
    }

    public Duration eventSpacing() {
        return eventSpacing;
    }

    public String settingsSchema() {
        return settingsSchema;
    }

    /** Collects options; every setter validates its argument and names it when it refuses. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private String advertisedHost;
        private String pluginIdentifier = Ids.uuid();
        private String pluginKey = Ids.secret();
        private String pluginId = Ids.uuid();
        private long dailyQuota = DEFAULT_DAILY_QUOTA;
        private int quotaStatus = 429;
        private Duration retryAfter;
        private int duplicateStatus = 409;
        private String duplicateReason = "people_exists";
        private Set<PhoneSearch> phoneSearch = EnumSet.of(PhoneSearch.SEARCH_TEXT_DIGITS);
        private Duration bindInterval = Duration.ofMillis(2_500);
        private boolean nativeEmailProfiles = true;
        private WebhookTarget webhook;
        private Duration eventSpacing = Duration.ofMillis(10);
        private String settingsSchema = "{\"type\":\"object\"}";

        private Builder() {
        }

        /** The interface to listen on; default {@code 127.0.0.1}. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The HTTP port for REST, RTM and the page; default 0 (a free port). */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be within 0..65535");
            }
            this.port = value;
            return this;
        }

        /** The host put in announced URLs (connect endpoints); default the listening host. */
        public Builder advertisedHost(String value) {
            this.advertisedHost = Objects.requireNonNull(value, "advertisedHost");
            return this;
        }

        /** The plugin token ({@code identifier:key}); default random. */
        public Builder credentials(String identifier, String key) {
            this.pluginIdentifier = requireText(identifier, "identifier");
            this.pluginKey = requireText(key, "key");
            return this;
        }

        /** The plugin id returned by {@code plugin/connect/account}; default random. */
        public Builder pluginId(String value) {
            this.pluginId = requireText(value, "pluginId");
            return this;
        }

        /** The daily request budget of the plugin; default {@value #DEFAULT_DAILY_QUOTA}. */
        public Builder dailyQuota(long value) {
            this.dailyQuota = SandboxSwitches.requireQuota(value);
            return this;
        }

        /** The status past the quota, 429 (default) or 420. */
        public Builder quotaStatus(int value) {
            this.quotaStatus = SandboxSwitches.requireQuotaStatus(value);
            return this;
        }

        /** A {@code Retry-After} to send with 429/420 answers; default none (null). */
        public Builder retryAfter(Duration value) {
            if (value != null && value.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
            this.retryAfter = value;
            return this;
        }

        /** Status and reason of a create with an existing email; default 409 {@code people_exists}. */
        public Builder duplicateCreate(int status, String reason) {
            this.duplicateStatus = SandboxSwitches.requireClientError(status, "status");
            this.duplicateReason = requireText(reason, "reason");
            return this;
        }

        /** Which search forms match phones; default only {@link PhoneSearch#SEARCH_TEXT_DIGITS}. */
        public Builder phoneSearch(Set<PhoneSearch> value) {
            this.phoneSearch = Set.copyOf(Objects.requireNonNull(value, "phoneSearch"));
            return this;
        }

        /** Minimum time between two honoured {@code socket:bind} of one socket; default 2.5 s. */
        public Builder bindInterval(Duration value) {
            this.bindInterval = requireNotNegative(value, "bindInterval");
            return this;
        }

        /**
         * Whether Crisp itself makes a CRM profile for a session that gets an email and links it
         * ({@code people:bind:session}), as it does in production; default true.
         */
        public Builder nativeEmailProfiles(boolean value) {
            this.nativeEmailProfiles = value;
            return this;
        }

        /** Deliver every event as a web hook too; default off (null). */
        public Builder webhook(WebhookTarget value) {
            this.webhook = value;
            return this;
        }

        /** Default time between the events of a scripted conversation start; default 10 ms. */
        public Builder eventSpacing(Duration value) {
            this.eventSpacing = requireNotNegative(value, "eventSpacing");
            return this;
        }

        /** The JSON Schema returned as {@code schema} by the settings route; default {@code {"type":"object"}}. */
        public Builder settingsSchema(String json) {
            this.settingsSchema = requireText(json, "settingsSchema");
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(this);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static Duration requireNotNegative(Duration value, String name) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or positive");
            }
            return value;
        }
    }
}
