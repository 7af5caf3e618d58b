package app.richcontact.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * How long the CRM search misses a profile after its create (indexing lag): the throwaway
 * profile searched by its email, polled until it is found. The phone-search check runs after
 * it, once the index has caught up.
 */
final class SearchLagCheck implements Check {

    /** The plugin's own page size for phone searches (Crisp allows 20 to 50). */
    private static final int PAGE_SIZE = 50;

    @Override
    public String unknown() {
        return "search lag (people search after a create)";
    }

    @Override
    public Finding run(ProbeContext context) {
        String id = context.throwawayId().orElseThrow(() -> new ProbeFailure("no throwaway profile was created to search"));
        Polling polling = Polling.until(context.clock(), context.throwawayWrittenAt(), () -> found(context,
                Map.of("search_text", context.profile().emailSearchText()), id));
        if (polling.freshAt() == null) {
            return Finding.unsettled(unknown(), "the search by email missed the throwaway profile, "
                    + polling.describe("search") + ", or it does not match emails");
        }
        return Finding.settled(unknown(), polling.describe("search by email"));
    }

    /**
     * Whether the first page of this search, as large as the plugin reads it, lists the profile;
     * any answer but a list stops the probe's check.
     */
    static boolean found(ProbeContext context, Map<String, String> query, String peopleId) {
        Map<String, String> paged = new HashMap<>(query);
        paged.put("per_page", Integer.toString(PAGE_SIZE));
        Answer page = context.api().get(context.people("profiles/1"), paged);
        if (!page.succeeded() || !page.data().isArray()) {
            throw new ProbeFailure("the people search answered " + page.describe());
        }
        for (JsonNode profile : page.data()) {
            if (peopleId.equals(profile.path("people_id").asText())) {
                return true;
            }
        }
        return false;
    }
}
