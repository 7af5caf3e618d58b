package app.richcontact.sandbox;

import static app.richcontact.sandbox.SandboxOption.atLeast;
import static app.richcontact.sandbox.SandboxOption.option;
import static app.richcontact.sandbox.SandboxOption.require;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the random traffic generator behaves: the options below, each written once. Build one
 * with {@code builder().set(TrafficOptions.WEBSITES, 3).set(TrafficOptions.SEED, 1L)}.
 */
public final class TrafficOptions {

    /** Websites with default settings ({@code {}}). */
    public static final SandboxOption<Integer> WEBSITES = option("websites", "traffic-websites N", 10,
            "websites of the random traffic, settings {}", Integer::parseInt, atLeast(1, "websites"));
    /** Extra websites installed with {@code {"enabled": false}}. */
    public static final SandboxOption<Integer> DISABLED_WEBSITES = option("disabledWebsites", "traffic-disabled N", 1,
            "extra websites of the traffic with {\"enabled\":false}", Integer::parseInt, atLeast(0, "disabledWebsites"));
    /** Conversations started per second. */
    public static final SandboxOption<Double> CONVERSATIONS_PER_SECOND = option("conversationsPerSecond",
            "traffic-rate R", 5.0, "random conversations per second; any flag from here on starts the traffic", Double::parseDouble,
            value -> require(value != null && value > 0, "conversationsPerSecond must be positive"));
    /** Stop after this many conversations; 0 never stops. */
    public static final SandboxOption<Long> MAX_CONVERSATIONS = option("maxConversations", "traffic-max N", 0L,
            "stop the traffic after N conversations; 0: never", Long::parseLong,
            value -> require(value != null && value >= 0, "maxConversations must not be negative"));
    /** Seed of the random choices, for repeatable runs. */
    public static final SandboxOption<Long> SEED = new SandboxOption<>("seed", "seed N", System::nanoTime,
            "time-based", "seed of the random traffic", Long::parseLong, value -> require(value != null, "seed must be given"));
    /** CRM profiles with phones pre-loaded on each enabled website. */
    public static final SandboxOption<Integer> PRELOADED_PROFILES = option("preloadedProfilesPerWebsite",
            "traffic-profiles N", 5, "CRM profiles pre-loaded on each enabled traffic website", Integer::parseInt,
            atLeast(0, "preloadedProfilesPerWebsite"));
    /** Spacing of each conversation's scripted start; null: the sandbox's {@link SandboxSwitch#EVENT_SPACING}. */
    public static final SandboxOption<Duration> EVENT_SPACING = new SandboxOption<>("eventSpacing",
            "traffic-spacing-ms N", () -> null, "--spacing-ms", "time between the events of a traffic conversation start",
            SandboxOption::millis, value -> require(value == null || !value.isNegative(), "eventSpacing must not be negative"));
    /** What each channel's senders tell: by default WhatsApp, Aircall and SMS a phone, the others a nickname only. */
    public static final SandboxOption<Map<String, ChannelProfile>> CHANNEL_PROFILES = option("channelProfiles", null,
            Map.of("urn:crisp.im:whatsapp:0", ChannelProfile.WITH_PHONE, "urn:aircall.com:aircall:0", ChannelProfile.WITH_PHONE,
                    "urn:crisp.im:sms:0", ChannelProfile.WITH_PHONE, "urn:crisp.im:instagram:0", ChannelProfile.NICKNAME_ONLY,
                    "urn:crisp.im:messenger:0", ChannelProfile.NICKNAME_ONLY, "urn:crisp.im:telegram:0", ChannelProfile.NICKNAME_ONLY),
            null, null, value -> require(value != null && !value.isEmpty() && value.values().stream().allMatch(Objects::nonNull),
                    "channelProfiles must name at least one channel"));
    /** Every channel of {@link #CHANNEL_PROFILES} with a phone: the traffic as it was before channels were told apart. */
    public static final Map<String, ChannelProfile> PHONES_ON_EVERY_CHANNEL = Map.copyOf(
            CHANNEL_PROFILES.defaultValue().keySet().stream().collect(java.util.stream.Collectors.toMap(
                    origin -> origin, origin -> ChannelProfile.WITH_PHONE)));
    /** Relative weight of each kind (0 disables it); set one with {@link Builder#weight}. */
    public static final SandboxOption<Map<ConversationKind, Integer>> WEIGHTS = option("weights", null,
            Map.of(ConversationKind.NEW_PHONE_ONLY, 40, ConversationKind.RETURNING, 15,
                    ConversationKind.CROSS_CHANNEL_DUPLICATE, 10, ConversationKind.KNOWN_IN_CRM, 5,
                    ConversationKind.WITH_EMAIL, 10, ConversationKind.NON_CHANNEL_ORIGIN, 15,
                    ConversationKind.DISABLED_WEBSITE, 5, ConversationKind.PHONELESS_SENDER, 0,
                    ConversationKind.LATE_EMAIL, 0),
            null, null, value -> require(value != null && value.values().stream().allMatch(weight -> weight >= 0),
                    "weights must not be negative"));
    /**
     * How long after a {@link ConversationKind#LATE_EMAIL} conversation starts its visitor gives an
     * email: past the plugin's collection window (3 s by default).
     */
    public static final SandboxOption<Duration> LATE_EMAIL_DELAY = option("lateEmailDelay", null,
            Duration.ofSeconds(10), null, null, value -> require(value != null && !value.isNegative(),
                    "lateEmailDelay must not be negative"));
    /** Called on the generator's thread for each conversation started, or null. */
    public static final SandboxOption<Consumer<GeneratedConversation>> LISTENER = option("listener", null, null,
            null, null, value -> { });
    /** Keep every generated conversation for {@link TrafficRun#generated()}. */
    public static final SandboxOption<Boolean> KEEP_HISTORY = option("keepHistory", null, true, null, null,
            value -> require(value != null, "keepHistory must be given"));

    private static final List<SandboxOption<?>> ALL = List.of(CONVERSATIONS_PER_SECOND, MAX_CONVERSATIONS, SEED,
            WEBSITES, DISABLED_WEBSITES, PRELOADED_PROFILES, EVENT_SPACING, CHANNEL_PROFILES, WEIGHTS, LATE_EMAIL_DELAY, LISTENER,
            KEEP_HISTORY);

    private final OptionValues values;

    private TrafficOptions(OptionValues values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every traffic option, in the order of the usage text. */
    public static List<SandboxOption<?>> all() {
        return ALL;
    }

    public <T> T get(SandboxOption<T> which) {
        return values.get(which);
    }

    /** Collects traffic options; {@link #set} checks each value and names the option when it refuses. */
    public static final class Builder {

        private final OptionValues values = new OptionValues(ALL);

        private Builder() {
        }

        /** The value of {@code which}; its default otherwise. */
        public <T> Builder set(SandboxOption<T> which, T value) {
            values.set(which, value);
            return this;
        }

        /** Relative weight of one kind (0 disables it). */
        public Builder weight(ConversationKind kind, int value) {
            Objects.requireNonNull(kind, "kind");
            require(value >= 0, "weight must not be negative");
            Map<ConversationKind, Integer> weights = new EnumMap<>(values.get(WEIGHTS));
            weights.put(kind, value);
            return set(WEIGHTS, Map.copyOf(weights));
        }

        /** What senders of one channel (an origin URN) tell; a new origin becomes one of the traffic's channels. */
        public Builder channelProfile(String origin, ChannelProfile profile) {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(profile, "profile");
            Map<String, ChannelProfile> profiles = new java.util.HashMap<>(values.get(CHANNEL_PROFILES));
            profiles.put(origin, profile);
            return set(CHANNEL_PROFILES, Map.copyOf(profiles));
        }

        public TrafficOptions build() {
            require(values.get(WEIGHTS).values().stream().mapToInt(Integer::intValue).sum() > 0,
                    "at least one kind needs a positive weight");
            return new TrafficOptions(values.settled());
        }
    }
}
