package app.richcontact.adapters.crisprest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * How to ask Crisp's CRM for a phone: which search form matches phones is not documented, so it
 * is one configuration choice. Every answer is re-checked for exact equality on our side. The
 * query of each form is written here once, for the plugin's CRM wire and for the operators'
 * probe, which tries each form as the plugin would send it.
 */
public enum PhoneSearch {
    /** {@code search_text=<digits>}: a fuzzy full-text search. */
    SEARCH_TEXT,
    /** {@code search_filter} with criterion {@code phone}, operator {@code eq}. */
    FILTER_PHONE("phone"),
    /** {@code search_filter} with criterion {@code person.phone}, operator {@code eq}. */
    FILTER_PERSON_PHONE("person.phone"),
    /**
     * {@code search_filter} with both criteria, {@code phone} and {@code person.phone}, joined by
     * {@code search_operator=or} (Crisp's documented "any criterion"): one request that is right
     * whichever of the two criteria Crisp matches phones on. The default.
     */
    FILTER_EITHER("phone", "person.phone");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> criteria;

    PhoneSearch(String... criteria) {
        this.criteria = List.of(criteria);
    }

    /**
     * The query parameters of {@code GET website/{w}/people/profiles/{page}} that search a phone
     * in any of its written forms, in one request: one {@code eq} item per (criterion, form), any
     * of which may match ({@code or}; a single item: {@code and}), or as {@code search_text} the
     * digits every form contains (for two forms of one subscriber, the national digits after the
     * variable one), which a fuzzy search finds inside each.
     *
     * @param e164Forms the written forms of the phone in E.164, as the CRM stores them, at least one
     */
    public Map<String, String> query(List<String> e164Forms) {
        if (e164Forms.isEmpty()) {
            throw new IllegalArgumentException("e164Forms must hold at least one phone");
        }
        if (criteria.isEmpty()) {
            return Map.of("search_text", sharedDigits(e164Forms));
        }
        ArrayNode filter = JSON.createArrayNode();
        for (String criterion : criteria) {
            for (String e164 : e164Forms) {
                ObjectNode item = filter.addObject();
                item.put("model", "people");
                item.put("criterion", criterion);
                item.put("operator", "eq");
                item.putArray("query").add(e164);
            }
        }
        return Map.of("search_filter", filter.toString(), "search_operator", filter.size() == 1 ? "and" : "or");
    }

    /** The longest run of digits that ends every form (the forms differ by a digit inside). */
    private static String sharedDigits(List<String> e164Forms) {
        String shared = e164Forms.get(0).substring(1);
        for (String e164 : e164Forms) {
            String digits = e164.substring(1);
            int length = 0;
            while (length < shared.length() && length < digits.length()
                    && shared.charAt(shared.length() - 1 - length) == digits.charAt(digits.length() - 1 - length)) {
                length++;
            }
            shared = shared.substring(shared.length() - length);
        }
        return shared;
    }
}
