package app.richcontact.probe;

import app.richcontact.probe.wire.ThrowawayProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a profile update's {@code segments} do to the profile's: a probe profile of its own made
 * with segments [a, b], patched with [c] and read back until [c] shows. Three requests and the
 * reads the read lag takes.
 */
final class SegmentsUpdateCheck implements Check {

    private static final String FIRST = "rich-contact-probe-a";
    private static final String SECOND = "rich-contact-probe-b";
    private static final String ADDED = "rich-contact-probe-c";

    @Override
    public String unknown() {
        return "what a profile update's segments do";
    }

    @Override
    public Finding run(ProbeContext context) {
        String id = context.createOwn(ThrowawayProfile.invent().segmentedBody(context.json(), List.of(FIRST, SECOND)));
        ObjectNode patch = context.json().createObjectNode();
        patch.putArray("segments").add(ADDED);
        long sentAt = context.clock().nanoTime();
        Answer patched = context.api().send("PATCH", context.people("profile/" + id), patch);
        if (!patched.succeeded()) {
            throw new ProbeFailure("a profile update with segments answered " + patched.describe());
        }
        ProfileReadBack read = ProfileReadBack.after(context, id, sentAt, profile -> segments(profile).contains(ADDED));
        if (!read.shown()) {
            return Finding.unsettled(unknown(), "the probe profile never read back with the segment it was given, "
                    + read.polling().describe("read"));
        }
        List<String> left = segments(read.profile());
        if (left.contains(FIRST) && left.contains(SECOND)) {
            return Finding.settled(unknown(), "merge (a PATCH with [c] on a profile with [a, b] left [a, b, c]): the sandbox's "
                    + "PROFILE_SEGMENTS_UPDATE merge; the plugin's union of segments adds nothing more");
        }
        return Finding.settled(unknown(), "replace (a PATCH with [c] on a profile with [a, b] left " + left.size()
                + " segment(s), without a and b): the sandbox's PROFILE_SEGMENTS_UPDATE replace (its default); the plugin "
                + "sends the union of the profile's segments and its own");
    }

    private static List<String> segments(JsonNode profile) {
        List<String> segments = new ArrayList<>();
        profile.path("segments").forEach(segment -> segments.add(segment.asText()));
        return segments;
    }
}
