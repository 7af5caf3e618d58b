package app.richcontact.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/**
 * A probe profile read by its id until a write of the probe's shows in it (Crisp caches reads,
 * and a profile created within the lag is not found yet), within the probe's patience.
 *
 * @param polling how the reads went
 * @param profile the profile as first read with the write in it, or null when none was
 */
record ProfileReadBack(Polling polling, JsonNode profile) {

    ProfileReadBack {
        if (polling == null) {
            throw new IllegalArgumentException("polling must be given");
        }
    }

    /** @param writtenAt the clock's time just before the write was sent */
    static ProfileReadBack after(ProbeContext context, String peopleId, long writtenAt, Predicate<JsonNode> shows) {
        JsonNode[] seen = new JsonNode[1];
        Polling polling = Polling.until(context.clock(), writtenAt, () -> {
            Answer read = context.api().get(context.people("profile/" + peopleId));
            if (read.status() == 404) {
                return false;
            }
            if (!read.succeeded()) {
                throw new ProbeFailure("reading a probe profile back answered " + read.describe());
            }
            seen[0] = read.data();
            return shows.test(read.data());
        });
        return new ProfileReadBack(polling, polling.freshAt() == null ? null : seen[0]);
    }

    boolean shown() {
        return profile != null;
    }
}
