package app.richcontact.sandbox;

/**
 * A people-search form that may find a profile by its phone number. Crisp does not document
 * which form matches phones, so the sandbox lets a test enable any combination.
 */
public enum PhoneSearch {
    /** {@code search_text=<digits>} matches profiles whose phone digits contain the query's digits. */
    SEARCH_TEXT_DIGITS,
    /** {@code search_filter} with {@code "criterion":"phone"} compares the phone string. */
    FILTER_PHONE,
    /** {@code search_filter} with {@code "criterion":"person.phone"} compares the phone string. */
    FILTER_PERSON_PHONE
}
