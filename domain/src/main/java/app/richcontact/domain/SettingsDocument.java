package app.richcontact.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON form of {@link WebsiteSettings} that Crisp stores for each subscription, as plain
 * decoded JSON values (maps, lists, strings, booleans). A missing or null key takes its
 * default, {@code {}} is a fresh install, and unknown keys are ignored.
 */
public final class SettingsDocument {

    public static final String ENABLED = "enabled";
    public static final String ALL_CHANNELS = "all_channels";
    public static final String CHANNELS = "channels";
    public static final String SEGMENTS = "segments";
    public static final String SKIP_IF_EMAIL_EXISTS = "skip_if_email_exists";
    public static final String GEOLOCATION = "geolocation";
    public static final String ATTACH_CONVERSATION = "attach_conversation";
    public static final String PHONELESS_SENDERS = "phoneless_senders";
    public static final String UPGRADE_ON_LATE_EMAIL = "upgrade_on_late_email";
    public static final String UNSUBSCRIBE_PLACEHOLDERS = "unsubscribe_placeholders";
    public static final String PROFILE_EVENT = "profile_event";

    private SettingsDocument() {
    }

    /**
     * Reads settings a user submitted.
     *
     * @throws InvalidSettingsException naming each invalid field once
     */
    public static WebsiteSettings read(Map<String, ?> document) {
        Reader reader = new Reader(document, WebsiteSettings.DEFAULTS);
        WebsiteSettings settings = reader.settings();
        if (!reader.errors.isEmpty()) {
            throw new InvalidSettingsException(reader.errors);
        }
        return settings;
    }

    /**
     * Reads settings stored in Crisp, which may have been written by hand or by an older
     * version: an invalid field takes its default instead of failing the whole website.
     */
    public static WebsiteSettings readTolerantly(Map<String, ?> document) {
        return readTolerantly(document, WebsiteSettings.DEFAULTS);
    }

    /**
     * As {@link #readTolerantly(Map)}, over {@code known} instead of the defaults: a key the
     * document does not carry (or carries invalid) keeps its value in {@code known}.
     */
    public static WebsiteSettings readTolerantly(Map<String, ?> document, WebsiteSettings known) {
        return new Reader(document, known).settings();
    }

    public static Map<String, Object> write(WebsiteSettings settings) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(ENABLED, settings.enabled());
        document.put(ALL_CHANNELS, settings.allChannels());
        document.put(CHANNELS, settings.channels().stream().map(Channel::name).toList());
        document.put(SEGMENTS, settings.segments().stream().map(Segment::value).toList());
        document.put(SKIP_IF_EMAIL_EXISTS, settings.skipIfEmailExists());
        document.put(GEOLOCATION, settings.geolocation());
        ContactCare care = settings.care();
        document.put(ATTACH_CONVERSATION, care.attachConversation());
        document.put(PHONELESS_SENDERS, care.phonelessSenders());
        document.put(UPGRADE_ON_LATE_EMAIL, care.upgradeOnLateEmail());
        document.put(UNSUBSCRIBE_PLACEHOLDERS, care.unsubscribePlaceholders());
        document.put(PROFILE_EVENT, care.profileEvent());
        return document;
    }

    /** Reads field by field, collecting the first error of each field. */
    private static final class Reader {

        private final Map<String, ?> document;
        private final WebsiteSettings fallback;
        private final List<FieldError> errors = new ArrayList<>();

        /** @param fallback what a missing or invalid key takes: the defaults, or the settings known so far */
        Reader(Map<String, ?> document, WebsiteSettings fallback) {
            this.document = document == null ? Map.of() : document;
            this.fallback = fallback;
        }

        WebsiteSettings settings() {
            boolean allChannels = flag(ALL_CHANNELS, fallback.allChannels());
            Set<Channel> channels = new LinkedHashSet<>(
                    list(CHANNELS, WebsiteSettings.MAX_CHANNELS, Channel::new, List.copyOf(fallback.channels())));
            if (!allChannels && channels.isEmpty() && errors.stream().noneMatch(e -> e.field().equals(CHANNELS))) {
                errors.add(new FieldError(CHANNELS, "choose at least one channel, or all channels"));
            }
            return new WebsiteSettings(
                    flag(ENABLED, fallback.enabled()),
                    allChannels,
                    channels,
                    list(SEGMENTS, WebsiteSettings.MAX_SEGMENTS, Segment::new, fallback.segments()),
                    flag(SKIP_IF_EMAIL_EXISTS, fallback.skipIfEmailExists()),
                    flag(GEOLOCATION, fallback.geolocation()),
                    care(fallback.care()));
        }

        private ContactCare care(ContactCare known) {
            return new ContactCare(
                    flag(ATTACH_CONVERSATION, known.attachConversation()),
                    flag(PHONELESS_SENDERS, known.phonelessSenders()),
                    flag(UPGRADE_ON_LATE_EMAIL, known.upgradeOnLateEmail()),
                    flag(UNSUBSCRIBE_PLACEHOLDERS, known.unsubscribePlaceholders()),
                    flag(PROFILE_EVENT, known.profileEvent()));
        }

        private boolean flag(String key, boolean fallback) {
            Object value = document.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean bool) {
                return bool;
            }
            errors.add(new FieldError(key, "must be true or false"));
            return fallback;
        }

        private <T> List<T> list(String key, int maxSize, Function<String, T> parse, List<T> fallback) {
            Object value = document.get(key);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof List<?> items)) {
                errors.add(new FieldError(key, "must be a list"));
                return fallback;
            }
            LinkedHashSet<T> parsed = new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof String text)) {
                    errors.add(new FieldError(key, "item " + (i + 1) + " must be text"));
                    return fallback;
                }
                try {
                    parsed.add(parse.apply(text));
                } catch (InvalidValueException invalid) {
                    errors.add(new FieldError(key, "item " + (i + 1) + " " + reasonOf(invalid)));
                    return fallback;
                }
            }
            if (parsed.size() > maxSize) {
                errors.add(new FieldError(key, "must list at most " + maxSize));
                return fallback;
            }
            return List.copyOf(parsed);
        }

        private static String reasonOf(InvalidValueException invalid) {
            return invalid.getMessage().substring(invalid.field().length() + 1);
        }
    }
}
