package app.richcontact.probe;

import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.bootstrap.PluginConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which people-search form finds a profile by its phone: each form the plugin can use, once, for
 * the throwaway profile's phone, after the search by email shows the index has caught up; the
 * setting printed is the best that matches ({@link PhoneForm#preference}).
 */
final class PhoneSearchCheck implements Check {

    private static final List<PhoneSearch> PREFERENCE = Arrays.stream(PhoneSearch.values())
            .sorted(Comparator.comparingInt(PhoneForm::preference)).toList();

    @Override
    public String unknown() {
        return "phone search form";
    }

    @Override
    public Finding run(ProbeContext context) {
        String id = context.throwawayId().orElseThrow(() -> new ProbeFailure("no throwaway profile was created to search"));
        if (!SearchLagCheck.found(context, Map.of("search_text", context.profile().emailSearchText()), id)) {
            throw new ProbeFailure("the search does not find the throwaway profile even by its email yet");
        }
        List<String> matching = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PhoneSearch form : PREFERENCE) {
            boolean found = SearchLagCheck.found(context, form.query(List.of(context.profile().phoneE164())), id);
            (found ? matching : missing).add(PhoneForm.setting(form));
        }
        if (matching.isEmpty()) {
            return Finding.settled(unknown(), "none matches (tried " + String.join(", ", missing) + "): the plugin cannot "
                    + "find an existing contact by phone here, and a returning visitor without an email gets a duplicate");
        }
        return Finding.settled(unknown(), "matches " + String.join(", ", matching)
                        + (missing.isEmpty() ? "" : "; not " + String.join(", ", missing)) + "; use " + matching.get(0),
                Map.of(PluginConfiguration.PHONE_SEARCH, matching.get(0)));
    }
}
