package app.richcontact.adapters.web.settings;

import static app.richcontact.adapters.web.settings.SchemaSubsetValidator.sub;
import static app.richcontact.adapters.web.settings.SchemaSubsetValidator.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.domain.Channel;
import app.richcontact.domain.InvalidSettingsException;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.WebsiteSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The settings JSON Schema registered in the Crisp Marketplace and the domain's settings codec
 * must agree: same fields, types, defaults and limits; whatever the schema accepts the domain
 * accepts; whatever the domain writes the schema accepts (Crisp validates our saves with it).
 */
class SettingsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Values the corpus draws from, per field, around every limit (lengths count code points on both sides). */
    private static final List<Object> FLAGS = Arrays.asList(true, false, null, "true", 1, List.of());
    /** Every on/off setting, the contact care ones included. */
    private static final List<String> FLAG_FIELDS = List.of("enabled", "all_channels", "skip_if_email_exists",
            "geolocation", "attach_conversation", "phoneless_senders", "upgrade_on_late_email",
            "unsubscribe_placeholders", "profile_event");
    private static final List<Object> CHANNEL_LISTS = Arrays.asList(
            List.of(), List.of("whatsapp"), List.of("whatsapp", "telegram"), List.of("whatsapp", "whatsapp"),
            List.of("WhatsApp"), List.of(" whatsapp "), List.of("what_sapp"), List.of("-wa"), List.of("wa-"),
            List.of("w-a"), List.of("a--b"), List.of("0"), List.of("a".repeat(32)), List.of("a".repeat(33)),
            List.of(""), List.of("\u00e9t\u00e9"), List.of(1), "whatsapp", null, names("c", 32), names("c", 33));
    private static final List<Object> SEGMENT_LISTS = Arrays.asList(
            List.of(), List.of("vip"), List.of("VIP"), List.of(" vip "), List.of("vip", "vip"), List.of("a b"),
            List.of("a".repeat(64)), List.of("a".repeat(65)), List.of(""), List.of("   "), List.of("a\u0001b"),
            List.of("a\nb"), List.of("a\u2028b"), List.of("x\u0085y"), List.of("\u00a0vip"), List.of("vip\u3000"),
            List.of("\u2605".repeat(64)), List.of("\u2605".repeat(65)), List.of("caf\u00e9 \u00e0 emporter"),
            List.of("\uD83D\uDE00".repeat(33)), List.of("\uD83D\uDE00".repeat(64)), List.of("\uD83D\uDE00".repeat(65)),
            List.of(3), "vip", null, names("s", 20), names("s", 21));

    private final Map<String, Object> schema = schema();

    private static Map<String, Object> schema() {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = JSON.readValue(PageResources.bytes(PageResources.SCHEMA), LinkedHashMap.class);
            return parsed;
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("the schema is not JSON", unreadable);
        }
    }

    private static List<String> names(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }

    private Map<String, Object> property(String name) {
        return sub(sub(schema, "properties"), name);
    }

    private static boolean domainAccepts(Map<String, Object> document) {
        try {
            SettingsDocument.read(document);
            return true;
        } catch (InvalidSettingsException invalid) {
            return false;
        }
    }

    @Test
    void the_schema_defaults_are_the_domain_defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        sub(schema, "properties").keySet().forEach(name -> defaults.put(name, property(name).get("default")));

        assertEquals(SettingsDocument.write(WebsiteSettings.DEFAULTS), defaults);
        assertEquals(WebsiteSettings.DEFAULTS, SettingsDocument.read(Map.of()));
        assertTrue(valid(schema, Map.of()), "a fresh install's {} is valid");
    }

    @Test
    void the_schema_describes_exactly_the_fields_the_domain_writes_with_their_types() {
        Map<String, Object> written = SettingsDocument.write(WebsiteSettings.DEFAULTS);

        assertEquals(written.keySet(), sub(schema, "properties").keySet());
        written.forEach((name, value) -> assertEquals(value instanceof Boolean ? "boolean" : "array",
                property(name).get("type"), name));
        assertEquals("string", sub(property("channels"), "items").get("type"));
        assertEquals("string", sub(property("segments"), "items").get("type"));
    }

    @Test
    void unknown_keys_are_allowed_by_both_as_the_protocol_says() {
        Map<String, Object> document = Map.of("enabled", true, "from_a_future_version", 42);

        assertTrue(valid(schema, document));
        assertTrue(domainAccepts(document));
    }

    @Test
    void the_schema_limits_are_the_domain_limits() {
        assertEquals(WebsiteSettings.MAX_CHANNELS, property("channels").get("maxItems"));
        assertEquals(Channel.MAX_LENGTH, sub(property("channels"), "items").get("maxLength"));
        assertEquals(WebsiteSettings.MAX_SEGMENTS, property("segments").get("maxItems"));
        assertEquals(Segment.MAX_LENGTH, sub(property("segments"), "items").get("maxLength"));
        assertEquals(20, WebsiteSettings.MAX_SEGMENTS, "the Marketplace listing promises 20 segments");
        assertEquals(64, Segment.MAX_LENGTH, "the Marketplace listing promises 64 characters a segment");
    }

    @Test
    void the_edges_of_each_limit_fall_on_the_same_side_for_both() {
        for (Object[] edge : new Object[][] {
                {"segments", names("s", 20), true}, {"segments", names("s", 21), false},
                {"segments", List.of("a".repeat(64)), true}, {"segments", List.of("a".repeat(65)), false},
                {"channels", names("c", 32), true}, {"channels", names("c", 33), false},
                {"channels", List.of("a".repeat(32)), true}, {"channels", List.of("a".repeat(33)), false},
                {"channels", List.of("line"), true}, {"channels", List.of("what's-app"), false},
                {"channels", List.of("-sms"), false}}) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("all_channels", false);
            document.put("channels", List.of("sms"));
            document.put((String) edge[0], edge[1]);

            assertEquals(edge[2], valid(schema, document), "schema on " + edge[0] + " " + edge[1]);
            assertEquals(edge[2], domainAccepts(document), "domain on " + edge[0] + " " + edge[1]);
        }
    }

    @Test
    void whatever_the_schema_accepts_the_domain_accepts_and_whatever_the_domain_writes_the_schema_accepts() {
        List<Map<String, Object>> corpus = corpus();
        int schemaAccepted = 0;
        int domainAccepted = 0;

        for (Map<String, Object> document : corpus) {
            boolean bySchema = valid(schema, document);
            boolean byDomain = domainAccepts(document);
            schemaAccepted += bySchema ? 1 : 0;
            domainAccepted += byDomain ? 1 : 0;
            if (bySchema) {
                assertTrue(byDomain, () -> "the schema accepts what the domain refuses: " + printable(document));
            }
            if (byDomain) {
                Map<String, Object> written = SettingsDocument.write(SettingsDocument.read(document));
                assertTrue(valid(schema, written), () -> "the schema refuses what the domain writes: "
                        + printable(written));
            }
        }
        assertTrue(schemaAccepted > corpus.size() / 10 && schemaAccepted < corpus.size() * 9 / 10,
                "the corpus must hold both valid and invalid documents: " + schemaAccepted + "/" + corpus.size());
        assertTrue(domainAccepted >= schemaAccepted);
    }

    /**
     * Documents as a user leaves them (already in the form the plugin writes: lower case, trimmed,
     * no repeats): each is valid for the schema exactly when the plugin's own validation accepts
     * it. Documents the plugin normalises first ({@code " VIP "}, a repeated item) are accepted by
     * it and written in a form the schema accepts; the corpus test above covers them.
     */
    @Test
    void on_documents_in_written_form_the_schema_and_the_plugin_give_the_same_verdict() {
        Object[][] table = {
            {Map.of(), true},
            {Map.of("enabled", false, "all_channels", true, "channels", List.of(), "segments", List.of(),
                    "skip_if_email_exists", false, "geolocation", true), true},
            {Map.of("enabled", "yes"), false},
            {Map.of("enabled", 1), false},
            {Map.of("geolocation", List.of()), false},
            {Map.of("skip_if_email_exists", "false"), false},
            {Map.of("attach_conversation", false, "phoneless_senders", false, "upgrade_on_late_email", false,
                    "unsubscribe_placeholders", false, "profile_event", true), true},
            {Map.of("attach_conversation", "no"), false},
            {Map.of("phoneless_senders", 0), false},
            {Map.of("upgrade_on_late_email", List.of()), false},
            {Map.of("unsubscribe_placeholders", "true"), false},
            {Map.of("profile_event", 1), false},
            {Map.of("all_channels", false), false},
            {Map.of("all_channels", false, "channels", List.of()), false},
            {Map.of("all_channels", false, "channels", List.of("telegram")), true},
            {Map.of("channels", "whatsapp"), false},
            {Map.of("channels", List.of(7)), false},
            {Map.of("channels", List.of("")), false},
            {Map.of("channels", List.of("a".repeat(32))), true},
            {Map.of("channels", List.of("a".repeat(33))), false},
            {Map.of("channels", List.of("what_sapp")), false},
            {Map.of("channels", List.of("-sms")), false},
            {Map.of("channels", List.of("sms-")), false},
            {Map.of("channels", List.of("s-m-s")), true},
            {Map.of("channels", names("c", 32)), true},
            {Map.of("channels", names("c", 33)), false},
            {Map.of("segments", "vip"), false},
            {Map.of("segments", List.of(3)), false},
            {Map.of("segments", List.of("")), false},
            {Map.of("segments", List.of("a".repeat(64))), true},
            {Map.of("segments", List.of("a".repeat(65))), false},
            {Map.of("segments", List.of("\u2605".repeat(64))), true},
            {Map.of("segments", List.of("\uD83D\uDE00".repeat(64))), true},
            {Map.of("segments", List.of("\uD83D\uDE00".repeat(65))), false},
            {Map.of("segments", List.of("caf\u00e9 \u00e0 emporter")), true},
            {Map.of("segments", List.of("a\nb")), false},
            {Map.of("segments", List.of("a\u0001b")), false},
            {Map.of("segments", List.of("a\u2028b")), false},
            {Map.of("segments", names("s", 20)), true},
            {Map.of("segments", names("s", 21)), false},
            {Map.of("from_a_future_version", 42), true},
        };
        for (Object[] row : table) {
            @SuppressWarnings("unchecked")
            Map<String, Object> document = (Map<String, Object>) row[0];
            assertEquals(row[1], valid(schema, document), () -> "schema on " + printable(document));
            assertEquals(row[1], domainAccepts(document), () -> "plugin on " + printable(document));
        }
    }

    @Test
    void choosing_no_channel_without_all_channels_is_refused_by_both() {
        for (Map<String, Object> document : List.<Map<String, Object>>of(
                Map.of("all_channels", false), Map.of("all_channels", false, "channels", List.of()))) {
            assertFalse(valid(schema, document), document::toString);
            assertFalse(domainAccepts(document), document::toString);
        }
    }

    /** Every field value alone, with all_channels off, and a few hundred seeded random mixes. */
    private static List<Map<String, Object>> corpus() {
        List<Map<String, Object>> corpus = new ArrayList<>();
        for (String flag : FLAG_FIELDS) {
            FLAGS.forEach(value -> corpus.add(document(flag, value)));
        }
        for (Object channels : CHANNEL_LISTS) {
            corpus.add(document("channels", channels));
            Map<String, Object> selective = document("channels", channels);
            selective.put("all_channels", false);
            corpus.add(selective);
        }
        SEGMENT_LISTS.forEach(value -> corpus.add(document("segments", value)));
        Random random = new Random(20261123L);
        for (int i = 0; i < 400; i++) {
            Map<String, Object> document = new LinkedHashMap<>();
            for (String flag : FLAG_FIELDS) {
                if (random.nextInt(3) > 0) {
                    document.put(flag, pick(FLAGS, 2, random));
                }
            }
            if (random.nextInt(4) > 0) {
                document.put("channels", pick(CHANNEL_LISTS, 4, random));
            }
            if (random.nextInt(4) > 0) {
                document.put("segments", pick(SEGMENT_LISTS, 2, random));
            }
            corpus.add(document);
        }
        return corpus;
    }

    /** Mostly one of the first {@code canonical} values (valid for both), else any value. */
    private static Object pick(List<Object> values, int canonical, Random random) {
        return values.get(random.nextInt(4) > 0 ? random.nextInt(canonical) : random.nextInt(values.size()));
    }

    private static Map<String, Object> document(String key, Object value) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(key, value);
        return document;
    }

    private static String printable(Map<String, Object> document) {
        StringBuilder text = new StringBuilder();
        document.toString().codePoints().forEach(c -> text.append(c < 0x20 || c > 0x7e
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return text.toString();
    }
}
