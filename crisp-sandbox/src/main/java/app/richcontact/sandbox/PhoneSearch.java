package app.richcontact.sandbox;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A people-search form that may find a profile by its phone number. Crisp does not document
 * which form matches phones, so the sandbox lets a test enable any combination.
 */
public enum PhoneSearch {
    /** {@code search_text=<digits>} matches profiles whose phone digits contain the query's digits. */
    SEARCH_TEXT_DIGITS("search_text"),
    /** {@code search_filter} with {@code "criterion":"phone"} compares the phone string. */
    FILTER_PHONE("phone"),
    /** {@code search_filter} with {@code "criterion":"person.phone"} compares the phone string. */
    FILTER_PERSON_PHONE("person.phone");

    private final String word;

    PhoneSearch(String word) {
        this.word = word;
    }

    /** Its word in {@code --phone-search}. */
    @Override
    public String toString() {
        return word;
    }

    /** Comma-separated words ({@code none} or nothing: no form). */
    static Set<PhoneSearch> parseList(String list) {
        Set<PhoneSearch> forms = EnumSet.noneOf(PhoneSearch.class);
        for (String item : list.split(",")) {
            String word = item.trim().toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !word.equals("none")) {
                forms.add(Arrays.stream(values()).filter(form -> form.word.equals(word)).findFirst().orElseThrow());
            }
        }
        return Set.copyOf(forms);
    }
}
