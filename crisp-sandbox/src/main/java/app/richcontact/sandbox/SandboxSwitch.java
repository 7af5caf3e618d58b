package app.richcontact.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An option that is one behaviour of Crisp a test may choose, and change while the sandbox runs:
 * {@link SandboxOptions} holds its value at start and {@link SandboxSwitches} while running.
 * Adding a switch is adding a constant here (and its README row).
 *
 * @param <T> the type of its value
 */
public final class SandboxSwitch<T> extends SandboxOption<T> {

    private static final List<SandboxSwitch<?>> ALL = new ArrayList<>();

    /** The daily request budget of the plugin; every authenticated request counts. */
    public static final SandboxSwitch<Long> DAILY_QUOTA = define("dailyQuota", "quota N", 5_000L,
            "daily request budget (every authenticated request counts)", Long::parseLong,
            value -> require(value >= 0, "dailyQuota must not be negative"));
    /** 429 or 420: the status of answers past the quota and of injected 429 bursts. */
    public static final SandboxSwitch<Integer> QUOTA_STATUS = define("quotaStatus", "quota-status 429|420", 429,
            "status past the budget and of injected 429 bursts", Integer::parseInt,
            value -> require(value == 429 || value == 420, "quotaStatus must be 429 or 420"));
    /** The {@code Retry-After} of 429/420 answers, or null for none. */
    public static final SandboxSwitch<Duration> RETRY_AFTER = define("retryAfter", "retry-after S", null,
            "send Retry-After: S with 429/420", text -> Duration.ofSeconds(Long.parseLong(text)),
            value -> require(value == null || !value.isNegative(), "retryAfter must not be negative"));
    /** The status of {@code POST people/profile} with an email that already exists. */
    public static final SandboxSwitch<Integer> DUPLICATE_STATUS = define("duplicateStatus", "duplicate-status N", 409,
            "status of a create with an existing email", Integer::parseInt,
            value -> require(value >= 400 && value <= 499, "duplicateStatus must be a 4xx status"));
    /** The reason of {@code POST people/profile} with an email that already exists. */
    public static final SandboxSwitch<String> DUPLICATE_REASON = define("duplicateReason", "duplicate-reason R",
            "people_exists", "reason of a create with an existing email", Function.identity(),
            value -> require(value != null && !value.isBlank(), "duplicateReason must not be blank"));
    /**
     * Which search forms find a profile by phone; an empty set means none does. Crisp does not
     * say; the default, {@code person.phone} only, is the least forgiving plausible one (README).
     */
    public static final SandboxSwitch<Set<PhoneSearch>> PHONE_SEARCH = define("phoneSearch", "phone-search LIST",
            Set.of(PhoneSearch.FILTER_PERSON_PHONE),
            "which search forms match phones: search_text, phone, person.phone (comma-separated, or none)",
            PhoneSearch::parseList, value -> require(value != null, "phoneSearch must be given"));
    /**
     * How long after a profile is written its GET/HEAD (by email or id) still answers from before
     * the write (404 for a new profile), as Crisp's {@code Bloom-Status} cache may. Crisp does not
     * say; the default is the least forgiving plausible value (see the README's unknowns table).
     */
    public static final SandboxSwitch<Duration> READ_LAG = define("readLag", "read-lag-ms N",
            Duration.ofSeconds(5), "GET/HEAD of a profile answer from before its write for this long after it (0: fresh)",
            SandboxOption::millis, value -> requireNotNegative(value, "readLag"));
    /**
     * How long after a profile is written the people search still answers from before the write
     * (a new profile is not found), as a lagging search index would. Crisp does not say; the
     * default is the least forgiving plausible value (see the README's unknowns table).
     */
    public static final SandboxSwitch<Duration> SEARCH_LAG = define("searchLag", "search-lag-ms N",
            Duration.ofSeconds(120), "the people search finds a profile only this long after its write (0: fresh)",
            SandboxOption::millis, value -> requireNotNegative(value, "searchLag"));
    /** Minimum time between two honoured {@code socket:bind} of one socket (zero: no limit). */
    public static final SandboxSwitch<Duration> BIND_INTERVAL = define("bindInterval", "bind-interval-ms N",
            Duration.ofMillis(2_500), "minimum time between two honoured socket:bind of one socket",
            SandboxOption::millis, value -> requireNotNegative(value, "bindInterval"));
    /** Whether Crisp makes and links a profile itself when a session gets an email, as it does in production. */
    public static final SandboxSwitch<Boolean> NATIVE_EMAIL_PROFILES = define("nativeEmailProfiles",
            "no-native-email-profiles", true, "Crisp does not make and link a profile for a session with an email",
            text -> false, value -> require(value != null, "nativeEmailProfiles must be given"));
    /**
     * Whether a profile create must carry {@code person.nickname}. Crisp does not say; every official
     * example sends one, so the least forgiving variant, required (400 without it), is the default.
     */
    public static final SandboxSwitch<Boolean> NICKNAME_REQUIRED = define("nicknameRequired",
            "nickname-optional", true, "a profile create without person.nickname is accepted (default: refused with 400)",
            text -> false, value -> require(value != null, "nicknameRequired must be given"));
    /**
     * Which sockets hear {@code plugin:subscription:updated}; by default, the least forgiving guess,
     * only those bound to the website (a new install is heard by nobody until a {@code socket:bind}).
     */
    public static final SandboxSwitch<SubscriptionEvents> SUBSCRIPTION_EVENTS = define("subscriptionEvents",
            "subscription-events all|bound", SubscriptionEvents.BOUND_ONLY,
            "which sockets hear plugin:subscription:updated: all subscribed ones, or only those bound to the website",
            SubscriptionEvents::parse, value -> require(value != null, "subscriptionEvents must be given"));
    /** 403 or 404: the status of the settings route for a website without the plugin (Crisp does not say). */
    public static final SandboxSwitch<Integer> UNINSTALLED_STATUS = define("uninstalledStatus",
            "uninstalled-status 403|404", 403, "status of the settings route for a website without the plugin",
            Integer::parseInt, value -> require(value != null && (value == 403 || value == 404),
                    "uninstalledStatus must be 403 or 404"));
    /** What {@code plugin:settings:saved} carries; by default only the keys that changed. */
    public static final SandboxSwitch<SettingsEvents> SETTINGS_EVENTS = define("settingsEvents",
            "settings-events whole|partial", SettingsEvents.PARTIAL,
            "what plugin:settings:saved carries: the whole settings, or only the keys that changed",
            SettingsEvents::parse, value -> require(value != null, "settingsEvents must be given"));
    /** Whether saved settings (the save routes, and saves on Crisp's side) must conform to the settings schema. */
    public static final SandboxSwitch<Boolean> VALIDATE_SETTINGS = define("validateSettings",
            "no-settings-validation", true,
            "settings saves are not checked against --settings-schema (default: refused with 400 invalid_data)",
            text -> false, value -> require(value != null, "validateSettings must be given"));
    /** What {@code PATCH conversation/meta} with an email does to the session's link (Crisp does not say). */
    public static final SandboxSwitch<MetaEmailLinks> META_EMAIL_LINKS = define("metaEmailLinks",
            "meta-email ignored|links", MetaEmailLinks.IGNORED,
            "what PATCH conversation meta email does: only the meta changes, or the session is linked to the profile"
                    + " with that email (people:bind:session)",
            MetaEmailLinks::parse, value -> require(value != null, "metaEmailLinks must be given"));
    /** What a {@code PATCH people/profile}'s segments do to the profile's (Crisp does not say). */
    public static final SandboxSwitch<ProfileSegmentsUpdate> PROFILE_SEGMENTS_UPDATE = define("profileSegmentsUpdate",
            "profile-segments replace|merge", ProfileSegmentsUpdate.REPLACE,
            "what the segments of PATCH people/profile do: replace the profile's segments, or are added to them",
            ProfileSegmentsUpdate::parse, value -> require(value != null, "profileSegmentsUpdate must be given"));
    /** What a {@code PATCH people/profile}'s {@code person} does to the profile's (Crisp does not say). */
    public static final SandboxSwitch<ProfilePersonUpdate> PROFILE_PERSON_UPDATE = define("profilePersonUpdate",
            "profile-person replace|merge", ProfilePersonUpdate.REPLACE,
            "what the person of PATCH people/profile does: replace the profile's person whole, or set its fields one by one",
            ProfilePersonUpdate::parse, value -> require(value != null, "profilePersonUpdate must be given"));
    /** Whether a returning messaging sender writes in their old session or a new one (Crisp does not say). */
    public static final SandboxSwitch<SenderSessions> SENDER_SESSIONS = define("senderSessions",
            "sender-sessions new|one", SenderSessions.NEW_PER_CONVERSATION,
            "a returning sender (same origin and phone, else nickname) gets a new session per conversation, or keeps one",
            SenderSessions::parse, value -> require(value != null, "senderSessions must be given"));
    /** Default time between the events of a scripted conversation start (zero allowed). */
    public static final SandboxSwitch<Duration> EVENT_SPACING = define("eventSpacing", "spacing-ms N",
            Duration.ofMillis(10), "time between the events of a conversation start", SandboxOption::millis,
            value -> requireNotNegative(value, "eventSpacing"));
    /** The web hook target, or null when web hooks are off ({@code --webhook-url} and {@code --webhook-secret}). */
    public static final SandboxSwitch<WebhookTarget> WEBHOOK = define("webhook", null, null,
            "also deliver every event as a signed web hook", null, value -> { });

    private final int index;

    private SandboxSwitch(String name, String usage, T defaultValue, String help,
                          Function<String, T> parser, Consumer<T> check) {
        super(name, usage, () -> defaultValue, null, help, parser, check);
        this.index = ALL.size();
    }

    private static <T> SandboxSwitch<T> define(String name, String usage, T defaultValue, String help,
                                                 Function<String, T> parser, Consumer<T> check) {
        SandboxSwitch<T> defined = new SandboxSwitch<>(name, usage, defaultValue, help, parser, check);
        ALL.add(defined);
        return defined;
    }

    /** Every switch, in the order of the usage text. */
    public static List<SandboxSwitch<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    int index() {
        return index;
    }
}
