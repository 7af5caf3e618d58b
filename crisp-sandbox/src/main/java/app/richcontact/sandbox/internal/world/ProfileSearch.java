package app.richcontact.sandbox.internal.world;

import app.richcontact.sandbox.PhoneSearch;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a profile matches a people search, the way Crisp's fuzzy search would:
 * {@code search_text} matches substrings, so clients must re-check equality themselves.
 */
public final class ProfileSearch {

    private final String textLower;
    private final String textDigits;
    private final List<FilterItem> filters;
    private final boolean anyFilter;
    private final Set<PhoneSearch> phoneModes;

    /**
     * @param text the {@code search_text} value or null
     * @param filters the parsed {@code search_filter} items (empty when absent)
     * @param anyFilter true for {@code search_operator=or}
     * @param phoneModes which search forms match phone numbers (the unknown part of the protocol)
     */
    public ProfileSearch(String text, List<FilterItem> filters, boolean anyFilter, Set<PhoneSearch> phoneModes) {
        this.textLower = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
        this.textDigits = textLower == null ? "" : phoneDigits(textLower);
        this.filters = List.copyOf(filters);
        this.anyFilter = anyFilter;
        this.phoneModes = Set.copyOf(phoneModes);
    }

    public boolean matches(Profile profile) {
        return matchesText(profile) && matchesFilters(profile);
    }

    private boolean matchesText(Profile profile) {
        if (textLower == null) {
            return true;
        }
        if (contains(profile.emailLower(), textLower) || contains(profile.nicknameLower(), textLower)) {
            return true;
        }
        return !textDigits.isEmpty()
                && phoneModes.contains(PhoneSearch.SEARCH_TEXT_DIGITS)
                && profile.phoneDigits() != null
                && profile.phoneDigits().contains(textDigits);
    }

    private boolean matchesFilters(Profile profile) {
        return filters.isEmpty() || (anyFilter ? filters.stream().anyMatch(item -> matches(item, profile))
                : filters.stream().allMatch(item -> matches(item, profile)));
    }

    private boolean matches(FilterItem item, Profile profile) {
        List<String> values = valuesOf(item.criterion(), profile);
        String operator = item.operator();
        for (String wanted : item.query()) {
            boolean hit = values.stream().anyMatch(v -> compare(operator, v, wanted));
            if ("neq".equals(operator)) {
                if (!hit) {
                    return false;
                }
            } else if (hit) {
                return true;
            }
        }
        return "neq".equals(operator);
    }

    private static boolean compare(String operator, String actual, String wanted) {
        return switch (operator) {
            case "eq" -> actual.equalsIgnoreCase(wanted);
            case "neq" -> !actual.equalsIgnoreCase(wanted);
            case "has" -> contains(actual.toLowerCase(Locale.ROOT), wanted.toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    private List<String> valuesOf(String criterion, Profile profile) {
        return switch (criterion) {
            case "email" -> listOf(profile.email());
            case "people_id" -> listOf(profile.peopleId());
            case "nickname", "person.nickname" -> listOf(profile.nickname());
            case "segments", "segment" -> profile.segments();
            case "phone" -> phoneModes.contains(PhoneSearch.FILTER_PHONE) ? listOf(profile.phone()) : List.of();
            case "person.phone" -> phoneModes.contains(PhoneSearch.FILTER_PERSON_PHONE) ? listOf(profile.phone()) : List.of();
            default -> List.of();
        };
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** Digits of a query that looks like a phone number (only digits and separators), else "". */
    private static String phoneDigits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" +-().".indexOf(c) < 0) {
                return "";
            }
        }
        return digits.toString();
    }

    private static boolean contains(String haystackLower, String needleLower) {
        return haystackLower != null && haystackLower.contains(needleLower);
    }

    /** The operators Crisp's filter items accept here; anything else is a 400. */
    public static boolean knownOperator(String operator) {
        return "eq".equals(operator) || "neq".equals(operator) || "has".equals(operator);
    }
}
