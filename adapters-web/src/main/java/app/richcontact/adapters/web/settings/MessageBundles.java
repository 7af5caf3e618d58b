package app.richcontact.adapters.web.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings page's words in each language it speaks, one JSON bundle per language under
 * {@code page/messages/}, read once at start-up. A language's bundle is completed key by key from
 * the English one, so a key missing in a translation shows in English rather than as its name.
 */
final class MessageBundles {

    /** The fallback, and the words the API's {@code message} fields use. */
    static final String ENGLISH = "en";
    static final List<String> LANGUAGES = List.of(ENGLISH, "fr", "pt", "es", "de");
    private static final String DIRECTORY = "/app/richcontact/adapters/web/settings/page/messages/";

    /** One language's words, every English key present, and their JSON as the page's script fetches it. */
    record Bundle(String language, Map<String, String> messages, byte[] json) {

        Bundle {
            Objects.requireNonNull(language, "language");
            messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
            json = json.clone();
        }

        Bundle(String language, Map<String, String> messages) {
            this(language, messages, asJson(messages));
        }

        @Override
        public byte[] json() {
            return json.clone();
        }

        /** The words for {@code key}; a key no bundle has is a defect of the page, so it fails loudly. */
        String text(String key) {
            String text = messages.get(key);
            if (text == null) {
                throw new IllegalArgumentException("no message " + key);
            }
            return text;
        }
    }

    private final Map<String, Bundle> bundles = new LinkedHashMap<>();

    MessageBundles() {
        Map<String, String> english = read(ENGLISH);
        for (String language : LANGUAGES) {
            Map<String, String> completed = new LinkedHashMap<>(english);
            read(language).forEach((key, text) -> completed.computeIfPresent(key, (k, fallback) -> text));
            bundles.put(language, new Bundle(language, completed));
        }
    }

    private static byte[] asJson(Map<String, String> messages) {
        try {
            return new ObjectMapper().writeValueAsBytes(messages);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a bundle of texts is always JSON", impossible);
        }
    }

    /** A language's bundle as its file holds it, without the English fallback (for tests). */
    static Map<String, String> read(String language) {
        try {
            return new ObjectMapper().readValue(PageResources.bytes(DIRECTORY + language + ".json"),
                    new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the " + language + " message bundle is not a JSON object of texts", unreadable);
        }
    }

    /**
     * The bundle for Crisp's {@code locale} parameter ({@code fr}, {@code pt-BR}, {@code de_DE}…):
     * its language, when the page speaks it, else English.
     */
    Bundle forLocale(String locale) {
        if (locale == null) {
            return english();
        }
        String language = locale.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return bundles.getOrDefault(language, english());
    }

    /** The bundle of exactly this language, if the page speaks it. */
    Optional<Bundle> language(String language) {
        return Optional.ofNullable(bundles.get(language));
    }

    Bundle english() {
        return bundles.get(ENGLISH);
    }

    List<Bundle> all() {
        return List.copyOf(bundles.values());
    }
}
