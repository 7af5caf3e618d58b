package app.richcontact.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One behaviour of Crisp a test may choose, written once: its name, its command-line flag, its
 * default, how the flag's text is parsed and how a value is checked. {@link SandboxOptions} (at
 * start) and {@link SandboxSwitches} (while running) hold the values; {@link SandboxMain}'s
 * options and usage come from {@link #all()}. Adding a switch is adding a constant here.
 *
 * @param <T> the type of its value
 */
public final class SandboxSwitch<T> {

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
    /** Which search forms find a profile by phone; an empty set means none does. */
    public static final SandboxSwitch<Set<PhoneSearch>> PHONE_SEARCH = define("phoneSearch", "phone-search LIST",
            Set.of(PhoneSearch.SEARCH_TEXT_DIGITS),
            "which search forms match phones: search_text, phone, person.phone (comma-separated, or none)",
            SandboxSwitch::phoneSearch, value -> require(value != null, "phoneSearch must be given"));
    /** Minimum time between two honoured {@code socket:bind} of one socket (zero: no limit). */
    public static final SandboxSwitch<Duration> BIND_INTERVAL = define("bindInterval", "bind-interval-ms N",
            Duration.ofMillis(2_500), "minimum time between two honoured socket:bind of one socket",
            SandboxSwitch::millis, value -> requireNotNegative(value, "bindInterval"));
    /** Whether Crisp makes and links a profile itself when a session gets an email, as it does in production. */
    public static final SandboxSwitch<Boolean> NATIVE_EMAIL_PROFILES = define("nativeEmailProfiles",
            "no-native-email-profiles", true, "Crisp does not make and link a profile for a session with an email",
            text -> false, value -> require(value != null, "nativeEmailProfiles must be given"));
    /** Default time between the events of a scripted conversation start (zero allowed). */
    public static final SandboxSwitch<Duration> EVENT_SPACING = define("eventSpacing", "spacing-ms N",
            Duration.ofMillis(10), "time between the events of a conversation start", SandboxSwitch::millis,
            value -> requireNotNegative(value, "eventSpacing"));
    /** The web hook target, or null when web hooks are off ({@code --webhook-url} and {@code --webhook-secret}). */
    public static final SandboxSwitch<WebhookTarget> WEBHOOK = define("webhook", null, null,
            "also deliver every event as a signed web hook", null, value -> { });

    private final int index;
    private final String name;
    private final String flag;
    private final String valueHint;
    private final T defaultValue;
    private final String help;
    private final Function<String, T> parser;
    private final Consumer<T> check;

    private SandboxSwitch(int index, String name, String usage, T defaultValue, String help,
                          Function<String, T> parser, Consumer<T> check) {
        this.index = index;
        this.name = name;
        int space = usage == null ? -1 : usage.indexOf(' ');
        this.flag = space < 0 ? usage : usage.substring(0, space);
        this.valueHint = space < 0 ? null : usage.substring(space + 1);
        this.defaultValue = defaultValue;
        this.help = help;
        this.parser = parser;
        this.check = check;
    }

    /**
     * @param usage  the flag without its dashes, then the value's hint ({@code "quota N"}); a flag
     *               with no hint takes no value and sets what {@code parser} returns; null: no flag
     * @param parser the flag's text (or null, for a flag with no value) into a value
     * @param check  throws {@link IllegalArgumentException}, naming the switch, for a bad value
     */
    private static <T> SandboxSwitch<T> define(String name, String usage, T defaultValue, String help,
                                                 Function<String, T> parser, Consumer<T> check) {
        SandboxSwitch<T> defined = new SandboxSwitch<>(ALL.size(), name, usage, defaultValue, help, parser, check);
        defined.check(defaultValue);
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

    public String name() {
        return name;
    }

    /** The command-line flag without its dashes, or null when the switch has none of its own. */
    public String flag() {
        return flag;
    }

    /** What the flag's value looks like ({@code N}), or null for a flag that takes none. */
    public String valueHint() {
        return valueHint;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String help() {
        return help;
    }

    /** The value, or an {@link IllegalArgumentException} that names this switch. */
    public T check(T value) {
        check.accept(value);
        return value;
    }

    /** The flag's text as a checked value; a refusal names the flag. */
    T parse(String text) {
        T value;
        try {
            value = parser.apply(text);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("--" + flag + " does not take " + text + " (" + valueHint + ")");
        }
        return check(value);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Duration millis(String text) {
        return Duration.ofMillis(Long.parseLong(text));
    }

    private static Set<PhoneSearch> phoneSearch(String list) {
        Set<PhoneSearch> modes = EnumSet.noneOf(PhoneSearch.class);
        for (String item : list.split(",")) {
            switch (item.trim().toLowerCase(Locale.ROOT)) {
                case "search_text" -> modes.add(PhoneSearch.SEARCH_TEXT_DIGITS);
                case "phone" -> modes.add(PhoneSearch.FILTER_PHONE);
                case "person.phone" -> modes.add(PhoneSearch.FILTER_PERSON_PHONE);
                case "", "none" -> {
                }
                default -> throw new IllegalArgumentException("--phone-search takes search_text, phone, person.phone");
            }
        }
        return Set.copyOf(modes);
    }

    private static void requireNotNegative(Duration value, String name) {
        require(value != null && !value.isNegative(), name + " must be zero or positive");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
