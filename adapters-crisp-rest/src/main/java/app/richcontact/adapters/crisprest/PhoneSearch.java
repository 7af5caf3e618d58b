package app.richcontact.adapters.crisprest;

/**
 * How to ask Crisp's CRM for a phone: which search form matches phones is not documented, so it
 * is one configuration choice. Every answer is re-checked for exact equality on our side.
 */
public enum PhoneSearch {
    /** {@code search_text=<digits>}: a fuzzy full-text search. */
    SEARCH_TEXT,
    /** {@code search_filter} with criterion {@code phone}, operator {@code eq}. */
    FILTER_PHONE,
    /** {@code search_filter} with criterion {@code person.phone}, operator {@code eq}. */
    FILTER_PERSON_PHONE,
    /**
     * {@code search_filter} with both criteria, {@code phone} and {@code person.phone}, joined by
     * {@code search_operator=or} (Crisp's documented "any criterion"): one request that is right
     * whichever of the two criteria Crisp matches phones on. The default.
     */
    FILTER_EITHER
}
