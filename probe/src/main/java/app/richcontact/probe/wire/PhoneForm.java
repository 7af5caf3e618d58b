package app.richcontact.probe.wire;

import app.richcontact.adapters.crisprest.PhoneSearch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * One way the plugin may search the CRM for a phone, as the REST adapter sends it, named by the
 * value of {@code RICHCONTACT_PHONE_SEARCH} that selects it.
 */
public final class PhoneForm {

    private PhoneForm() {
    }

    /** The value of {@code RICHCONTACT_PHONE_SEARCH} for this form, e.g. {@code filter_phone}. */
    public static String setting(PhoneSearch form) {
        return form.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Its rank when several forms match, best first: an exact filter on one criterion returns only
     * real matches, so a large CRM never makes a lookup inconclusive, while the fuzzy
     * {@code search_text} may return pages of near misses.
     */
    public static int preference(PhoneSearch form) {
        return switch (form) {
            case FILTER_PHONE -> 0;
            case FILTER_PERSON_PHONE -> 1;
            case SEARCH_TEXT -> 2;
        };
    }

    /** The query parameters of {@code GET website/{w}/people/profiles/{page}} that search this phone. */
    public static Map<String, String> query(PhoneSearch form, String e164, ObjectMapper json) {
        return switch (form) {
            case SEARCH_TEXT -> Map.of("search_text", e164.substring(1));
            case FILTER_PHONE -> filter("phone", e164, json);
            case FILTER_PERSON_PHONE -> filter("person.phone", e164, json);
        };
    }

    private static Map<String, String> filter(String criterion, String e164, ObjectMapper json) {
        ArrayNode filter = json.createArrayNode();
        ObjectNode item = filter.addObject();
        item.put("model", "people");
        item.put("criterion", criterion);
        item.put("operator", "eq");
        item.putArray("query").add(e164);
        return Map.of("search_filter", filter.toString(), "search_operator", "and");
    }
}
