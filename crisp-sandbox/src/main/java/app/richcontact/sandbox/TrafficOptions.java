package app.richcontact.sandbox;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** How the random traffic generator behaves. Build one with {@link #builder()}. */
public final class TrafficOptions {

    private final int websites;
    private final int disabledWebsites;
    private final double conversationsPerSecond;
    private final long maxConversations;
    private final long seed;
    private final Duration eventSpacing;
    private final int preloadedProfilesPerWebsite;
    private final Map<ConversationKind, Integer> weights;
    private final Consumer<GeneratedConversation> listener;
    private final boolean keepHistory;

    private TrafficOptions(Builder b) {
        this.websites = b.websites;
        this.disabledWebsites = b.disabledWebsites;
        this.conversationsPerSecond = b.conversationsPerSecond;
        this.maxConversations = b.maxConversations;
        this.seed = b.seed;
        this.eventSpacing = b.eventSpacing;
        this.preloadedProfilesPerWebsite = b.preloadedProfilesPerWebsite;
        this.weights = Map.copyOf(b.weights);
        this.listener = b.listener;
        this.keepHistory = b.keepHistory;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int websites() {
        return websites;
    }

    public int disabledWebsites() {
        return disabledWebsites;
    }

    public double conversationsPerSecond() {
        return conversationsPerSecond;
    }

    public long maxConversations() {
        return maxConversations;
    }

    public long seed() {
        return seed;
    }

    /** Spacing of each conversation's scripted start, or null for the sandbox's switch. */
    public Duration eventSpacing() {
        return eventSpacing;
    }

    public int preloadedProfilesPerWebsite() {
        return preloadedProfilesPerWebsite;
    }

    public Map<ConversationKind, Integer> weights() {
        return weights;
    }

    /** Called on the generator's thread for each conversation started, or null. */
    public Consumer<GeneratedConversation> listener() {
        return listener;
    }

    public boolean keepHistory() {
        return keepHistory;
    }

    /** Collects traffic options; defaults are given on each method. */
    public static final class Builder {

        private int websites = 10;
        private int disabledWebsites = 1;
        private double conversationsPerSecond = 5;
        private long maxConversations;
        private long seed = System.nanoTime();
        private Duration eventSpacing;
        private int preloadedProfilesPerWebsite = 5;
        private final Map<ConversationKind, Integer> weights = new EnumMap<>(ConversationKind.class);
        private Consumer<GeneratedConversation> listener;
        private boolean keepHistory = true;

        private Builder() {
            weights.put(ConversationKind.NEW_PHONE_ONLY, 40);
            weights.put(ConversationKind.RETURNING, 15);
            weights.put(ConversationKind.CROSS_CHANNEL_DUPLICATE, 10);
            weights.put(ConversationKind.KNOWN_IN_CRM, 5);
            weights.put(ConversationKind.WITH_EMAIL, 10);
            weights.put(ConversationKind.NON_CHANNEL_ORIGIN, 15);
            weights.put(ConversationKind.DISABLED_WEBSITE, 5);
        }

        /** Websites with default settings ({@code {}}); default 10, at least 1. */
        public Builder websites(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("websites must be at least 1");
            }
            this.websites = value;
            return this;
        }

        /** Extra websites installed with {@code {"enabled": false}}; default 1. */
        public Builder disabledWebsites(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("disabledWebsites must not be negative");
            }
            this.disabledWebsites = value;
            return this;
        }

        /** Conversations started per second; default 5. */
        public Builder conversationsPerSecond(double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("conversationsPerSecond must be positive");
            }
            this.conversationsPerSecond = value;
            return this;
        }

        /** Stop after this many conversations; default 0 (never). */
        public Builder maxConversations(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxConversations must not be negative");
            }
            this.maxConversations = value;
            return this;
        }

        /** Seed of the random choices, for repeatable runs; default time-based. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Spacing of each conversation's scripted start; default the sandbox's switch. */
        public Builder eventSpacing(Duration value) {
            if (value != null && value.isNegative()) {
                throw new IllegalArgumentException("eventSpacing must not be negative");
            }
            this.eventSpacing = value;
            return this;
        }

        /** CRM profiles with phones pre-loaded on each enabled website; default 5. */
        public Builder preloadedProfilesPerWebsite(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("preloadedProfilesPerWebsite must not be negative");
            }
            this.preloadedProfilesPerWebsite = value;
            return this;
        }

        /** Relative weight of one kind (0 disables it). */
        public Builder weight(ConversationKind kind, int value) {
            Objects.requireNonNull(kind, "kind");
            if (value < 0) {
                throw new IllegalArgumentException("weight must not be negative");
            }
            weights.put(kind, value);
            return this;
        }

        public Builder listener(Consumer<GeneratedConversation> value) {
            this.listener = value;
            return this;
        }

        /** Keep every generated conversation for {@link TrafficRun#generated()}; default true. */
        public Builder keepHistory(boolean value) {
            this.keepHistory = value;
            return this;
        }

        public TrafficOptions build() {
            if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
                throw new IllegalArgumentException("at least one kind needs a positive weight");
            }
            return new TrafficOptions(this);
        }
    }
}
