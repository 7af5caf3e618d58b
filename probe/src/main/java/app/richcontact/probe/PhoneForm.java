package app.richcontact.probe;

import app.richcontact.adapters.crisprest.PhoneSearch;
import java.util.Locale;

/**
 * The plugin's phone-search forms as the probe reports them: by the value of
 * {@code RICHCONTACT_PHONE_SEARCH} that selects each, and in the order it recommends them.
 */
final class PhoneForm {

    private PhoneForm() {
    }

    /** The value of {@code RICHCONTACT_PHONE_SEARCH} for this form, e.g. {@code filter_phone}. */
    static String setting(PhoneSearch form) {
        return form.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Its rank when several forms match, best first: an exact filter on the one criterion that
     * matches, then both criteria at once, then the fuzzy {@code search_text}, which may return
     * pages of near misses in a large CRM and make a lookup inconclusive.
     */
    static int preference(PhoneSearch form) {
        return switch (form) {
            case FILTER_PHONE -> 0;
            case FILTER_PERSON_PHONE -> 1;
            case FILTER_EITHER -> 2;
            case SEARCH_TEXT -> 3;
        };
    }
}
