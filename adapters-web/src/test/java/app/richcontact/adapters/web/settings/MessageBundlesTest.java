package app.richcontact.adapters.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.domain.FieldError;
import app.richcontact.domain.InvalidSettingsException;
import app.richcontact.domain.SettingsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The page's bundles: every language has every English key, with the same parameters, and nothing else. */
class MessageBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)}");
    private final MessageBundles bundles = new MessageBundles();

    @Test
    void every_bundle_has_every_key_of_the_english_one_and_no_other() {
        Set<String> english = MessageBundles.read(MessageBundles.ENGLISH).keySet();
        for (String language : MessageBundles.LANGUAGES) {
            Map<String, String> bundle = MessageBundles.read(language);

            assertEquals(new TreeSet<>(english), new TreeSet<>(bundle.keySet()), language);
            bundle.forEach((key, text) -> assertFalse(text.isBlank(), language + " " + key));
        }
    }

    @Test
    void every_translation_takes_the_same_parameters_as_the_english_words() {
        Map<String, String> english = MessageBundles.read(MessageBundles.ENGLISH);
        for (String language : MessageBundles.LANGUAGES) {
            MessageBundles.read(language).forEach((key, text) ->
                    assertEquals(parameters(english.get(key)), parameters(text), language + " " + key));
        }
    }

    @Test
    void the_translations_are_translated_rather_than_copied() {
        Map<String, String> english = MessageBundles.read(MessageBundles.ENGLISH);
        for (String language : List.of("fr", "pt", "es", "de")) {
            Map<String, String> bundle = MessageBundles.read(language);
            long copied = english.keySet().stream().filter(key -> english.get(key).equals(bundle.get(key))).count();
            assertTrue(copied <= 1, language + " repeats " + copied + " English texts"); // "Sections" is French too
        }
    }

    @Test
    void crisps_locale_picks_a_language_and_anything_else_gets_english() {
        assertEquals("fr", bundles.forLocale("fr").language());
        assertEquals("pt", bundles.forLocale("pt-BR").language());
        assertEquals("de", bundles.forLocale("de_AT").language());
        assertEquals("es", bundles.forLocale(" ES ").language());
        assertEquals("en", bundles.forLocale("ja").language());
        assertEquals("en", bundles.forLocale(null).language());
        assertEquals("en", bundles.forLocale("").language());
    }

    @Test
    void a_language_is_completed_from_english_key_by_key() {
        for (MessageBundles.Bundle bundle : bundles.all()) {
            assertEquals(bundles.english().messages().keySet(), bundle.messages().keySet(), bundle.language());
        }
        assertNotEquals(bundles.english().text("save"), bundles.forLocale("de").text("save"));
    }

    @Test
    void every_validation_message_of_the_domain_has_a_key_that_every_bundle_translates() {
        List<Map<String, Object>> invalid = List.of(
                Map.of("enabled", "yes"), Map.of("segments", "vip"), Map.of("segments", List.of(3)),
                Map.of("segments", List.of(" ")), Map.of("segments", List.of("a".repeat(65))),
                Map.of("segments", List.of("a\u0001b")), Map.of("segments", List.of("\uD800")),
                Map.of("segments", IntStream.range(0, 21).mapToObj(i -> "s" + i).toList()),
                Map.of("channels", List.of("what_sapp")), Map.of("all_channels", false));
        List<FieldError> errors = new ArrayList<>();
        for (Map<String, Object> document : invalid) {
            try {
                SettingsDocument.read(document);
            } catch (InvalidSettingsException refused) {
                errors.addAll(refused.errors());
            }
        }
        assertEquals(invalid.size(), errors.size(), "each document is refused once: " + errors);
        for (FieldError error : errors) {
            FieldErrorKeys.Keyed keyed = FieldErrorKeys.of(error);

            assertNotEquals(FieldErrorKeys.UNKNOWN, keyed.key(), error::toString);
            for (MessageBundles.Bundle bundle : bundles.all()) {
                String text = bundle.text("error." + keyed.key());
                assertEquals(keyed.params().keySet(), parameters(text), bundle.language() + " " + keyed.key());
            }
        }
    }

    @Test
    void an_unknown_validation_message_still_gets_a_key() {
        assertEquals(new FieldErrorKeys.Keyed("invalid", Map.of()),
                FieldErrorKeys.of(new FieldError("segments", "is odd in a new way")));
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
