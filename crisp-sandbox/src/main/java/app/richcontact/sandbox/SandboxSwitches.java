package app.richcontact.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The behaviours a test may change while the sandbox runs: quota, Crisp's unknown behaviours
 * (duplicate create, phone search), socket binding, native email profiles and web hooks.
 * Each setter takes effect for the next request or event; the class is thread-safe.
 */
public final class SandboxSwitches {

    private volatile long dailyQuota;
    private volatile int quotaStatus;
    private volatile Duration retryAfter;
    private volatile int duplicateStatus;
    private volatile String duplicateReason;
    private volatile Set<PhoneSearch> phoneSearch;
    private volatile Duration bindInterval;
    private volatile boolean nativeEmailProfiles;
    private volatile WebhookTarget webhook;
    private volatile Duration eventSpacing;

    SandboxSwitches(SandboxOptions options) {
        this.dailyQuota = options.dailyQuota();
        this.quotaStatus = options.quotaStatus();
        this.retryAfter = options.retryAfter();
        this.duplicateStatus = options.duplicateStatus();
        this.duplicateReason = options.duplicateReason();
        this.phoneSearch = options.phoneSearch();
        this.bindInterval = options.bindInterval();
        this.nativeEmailProfiles = options.nativeEmailProfiles();
        this.webhook = options.webhook();
        this.eventSpacing = options.eventSpacing();
    }

    public long dailyQuota() {
        return dailyQuota;
    }

    /** Sets the daily request budget; requests already counted today stay counted. */
    public SandboxSwitches dailyQuota(long value) {
        this.dailyQuota = requireQuota(value);
        return this;
    }

    public int quotaStatus() {
        return quotaStatus;
    }

    /** 429 or 420: the status of answers past the quota and of injected 429 bursts. */
    public SandboxSwitches quotaStatus(int value) {
        this.quotaStatus = requireQuotaStatus(value);
        return this;
    }

    /** The {@code Retry-After} of 429/420 answers, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public SandboxSwitches retryAfter(Duration value) {
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
        this.retryAfter = value;
        return this;
    }

    public int duplicateStatus() {
        return duplicateStatus;
    }

    public String duplicateReason() {
        return duplicateReason;
    }

    /** Status and reason of {@code POST people/profile} with an email that already exists. */
    public SandboxSwitches duplicateCreate(int status, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        this.duplicateStatus = requireClientError(status, "status");
        this.duplicateReason = reason;
        return this;
    }

    public Set<PhoneSearch> phoneSearch() {
        return phoneSearch;
    }

    /** Which search forms find a profile by phone; an empty set means none does. */
    public SandboxSwitches phoneSearch(Set<PhoneSearch> value) {
        this.phoneSearch = Set.copyOf(Objects.requireNonNull(value, "phoneSearch"));
        return this;
    }

    public Duration bindInterval() {
        return bindInterval;
    }

    /** Minimum time between two honoured {@code socket:bind} of one socket (zero: no limit). */
    public SandboxSwitches bindInterval(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("bindInterval must be zero or positive");
        }
        this.bindInterval = value;
        return this;
    }

    public boolean nativeEmailProfiles() {
        return nativeEmailProfiles;
    }

    /** Whether Crisp makes and links a profile itself when a session gets an email. */
    public SandboxSwitches nativeEmailProfiles(boolean value) {
        this.nativeEmailProfiles = value;
        return this;
    }

    /** The web hook target, or null when web hooks are off. */
    public WebhookTarget webhook() {
        return webhook;
    }

    public SandboxSwitches webhook(WebhookTarget value) {
        this.webhook = value;
        return this;
    }

    public Duration eventSpacing() {
        return eventSpacing;
    }

    /** Default time between the events of a scripted conversation start (zero allowed). */
    public SandboxSwitches eventSpacing(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("eventSpacing must be zero or positive");
        }
        this.eventSpacing = value;
        return this;
    }

    static long requireQuota(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("dailyQuota must not be negative");
        }
        return value;
    }

    static int requireQuotaStatus(int value) {
        if (value != 429 && value != 420) {
            throw new IllegalArgumentException("quotaStatus must be 429 or 420");
        }
        return value;
    }

    static int requireClientError(int value, String name) {
        if (value < 400 || value > 499) {
            throw new IllegalArgumentException(name + " must be a 4xx status");
        }
        return value;
    }
}
