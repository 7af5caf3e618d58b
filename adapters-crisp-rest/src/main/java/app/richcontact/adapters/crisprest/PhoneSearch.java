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
     * The query parameters of {@code GET website/{w}/people/profiles/{page}} that search this
     * phone: one {@code eq} criterion per name, any of which may match ({@code or}; one criterion:
     * {@code and}), or the digits as {@code search_text}.
     *
     * @param e164 the phone in E.164, as the CRM stores it
     */
    public Map<String, String> query(String e164) {
        if (criteria.isEmpty()) {
            return Map.of("search_text", e164.substring(1));
        }
        ArrayNode filter = JSON.createArrayNode();
        for (String criterion : criteria) {
            ObjectNode item = filter.addObject();
            item.put("model", "people");
            item.put("criterion", criterion);
            item.put("operator", "eq");
            item.putArray("query").add(e164);
        }
        return Map.of("search_filter", filter.toString(), "search_operator", criteria.size() == 1 ? "and" : "or");
    }
}
