package app.richcontact.benchmarks.harness;

import app.richcontact.sandbox.ConversationKind;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.CrmProfile;
import app.richcontact.sandbox.GeneratedConversation;
import app.richcontact.sandbox.TrafficRun;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox CRM against what a correct plugin should have made. A contact is keyed by
 * (website, phone digits); the plugin's contacts are the profiles with a phone that were not
 * pre-loaded (pre-loaded ones carry the segment {@code imported}). A duplicate is any profile
 * beyond the first with the same key, pre-loaded ones included.
 *
 * @param expected   keys a correct plugin creates
 * @param created    profiles the plugin created
 * @param duplicates profiles beyond one per key
 * @param missing    expected keys with no profile
 * @param unexpected created profiles whose key was not expected
 * @param createdAt  creation time (epoch ms) of the plugin's profile of each key
 */
public record Census(long expected, long created, long duplicates, long missing, long unexpected,
                     Map<String, Long> createdAt) {

    public static String key(String websiteId, String phone) {
        return websiteId + "|" + phone.replaceAll("\\D", "");
    }

    /** Counts the CRM of {@code websites} against {@code expectedKeys}. */
    public static Census of(CrispSandbox sandbox, Collection<String> websites, Set<String> expectedKeys) {
        Map<String, Integer> perKey = new HashMap<>();
        Map<String, Long> createdAt = new HashMap<>();
        long created = 0;
        for (String website : websites) {
            for (CrmProfile profile : sandbox.scenario().crm(website)) {
                if (profile.phone() == null) {
                    continue;
                }
                String key = key(website, profile.phone());
                perKey.merge(key, 1, Integer::sum);
                if (!profile.segments().contains("imported")) {
                    created++;
                    createdAt.merge(key, profile.createdAt(), Math::min);
                }
            }
        }
        long duplicates = perKey.values().stream().mapToLong(n -> n - 1).sum();
        Set<String> missing = new HashSet<>(expectedKeys);
        missing.removeAll(createdAt.keySet());
        Set<String> unexpected = new HashSet<>(createdAt.keySet());
        unexpected.removeAll(expectedKeys);
        return new Census(expectedKeys.size(), created, duplicates, missing.size(), unexpected.size(), createdAt);
    }

    /** The keys the sandbox's random traffic expects: one per (website, phone) of the kinds that make a contact. */
    public static Set<String> expectedKeys(TrafficRun traffic) {
        Set<String> keys = new HashSet<>();
        for (GeneratedConversation conversation : traffic.generated()) {
            if (conversation.kind().makesContact()) {
                keys.add(key(conversation.websiteId(), conversation.phone()));
            }
        }
        return keys;
    }

    /** Created equals expected, every expected key has its contact, and nothing is duplicated. */
    public boolean exact() {
        return created == expected && missing == 0 && unexpected == 0 && duplicates == 0;
    }

    @Override
    public String toString() {
        return "expected " + expected + ", created " + created + ", missing " + missing + ", unexpected " + unexpected
                + ", duplicates " + duplicates;
    }
}
