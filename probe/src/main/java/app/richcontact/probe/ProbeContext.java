package app.richcontact.probe;

import app.richcontact.probe.wire.ThrowawayProfile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks share during one probe run: the API, the clock, the test website and its
 * settings as they were, the throwaway profile, and what the clean-up must undo.
 */
final class ProbeContext {

    private final CrispApi api;
    private final ObjectMapper json;
    private final String websiteId;
    private final String pluginId;
    private final ObjectNode originalSettings;
    private final ThrowawayProfile profile;
    private final RealtimeAccess realtime;
    private final ProbeClock clock;
    private final List<Undo> undoSteps = new ArrayList<>();
    private String peopleId;
    private long writtenAt;

    ProbeContext(CrispApi api, ProbeClock clock, ObjectMapper json, String websiteId, String pluginId,
                 ObjectNode originalSettings, ThrowawayProfile profile, RealtimeAccess realtime) {
        this.api = api;
        this.clock = clock;
        this.json = json;
        this.websiteId = websiteId;
        this.pluginId = pluginId;
        this.originalSettings = originalSettings;
        this.profile = profile;
        this.realtime = realtime;
    }

    CrispApi api() {
        return api;
    }

    ProbeClock clock() {
        return clock;
    }

    ObjectMapper json() {
        return json;
    }

    String websiteId() {
        return websiteId;
    }

    String pluginId() {
        return pluginId;
    }

    ObjectNode originalSettings() {
        return originalSettings.deepCopy();
    }

    ThrowawayProfile profile() {
        return profile;
    }

    RealtimeAccess realtime() {
        return realtime;
    }

    /** A path under the test website's people routes, e.g. {@code people("profile")}. */
    String people(String rest) {
        return "website/" + websiteId + "/people/" + rest;
    }

    static String settingsPath(String websiteId, String pluginId) {
        return "plugins/subscription/" + websiteId + "/" + pluginId + "/settings";
    }

    /** Records a profile the probe created, for the clean-up to delete. */
    void created(String createdId) {
        undoLater(api -> {
            Answer deleted = api.send("DELETE", people("profile/" + createdId), null);
            if (!deleted.succeeded()) {
                throw new ProbeFailure("profile " + createdId + " could not be deleted (" + deleted.describe()
                        + "): delete it in Crisp");
            }
            return "throwaway profile deleted";
        });
    }

    /**
     * Creates a profile of the probe's own from a made-up body (see {@code ThrowawayProfile}) and
     * records it for the clean-up to delete.
     *
     * @return its people_id
     * @throws ProbeFailure when Crisp refused it or gave no people_id
     */
    String createOwn(ObjectNode body) {
        Answer answer = api.send("POST", people("profile"), body);
        String createdId = answer.data().path("people_id").asText("");
        if (!answer.succeeded() || createdId.isEmpty()) {
            throw new ProbeFailure("a probe profile could not be created: " + answer.describe());
        }
        created(createdId);
        return createdId;
    }

    /** The throwaway profile is in the CRM: its id, and the clock's time just before its create was sent. */
    void throwawayCreated(String createdId, long sentAt) {
        created(createdId);
        this.peopleId = createdId;
        this.writtenAt = sentAt;
    }

    /** The throwaway profile's id, or empty when no create succeeded. */
    Optional<String> throwawayId() {
        return Optional.ofNullable(peopleId);
    }

    long throwawayWrittenAt() {
        return writtenAt;
    }

    /** Something for the clean-up to undo, after every check, latest first. */
    void undoLater(Undo step) {
        undoSteps.add(step);
    }

    /** What the clean-up must undo, latest first. */
    List<Undo> undoSteps() {
        List<Undo> latestFirst = new ArrayList<>(undoSteps);
        java.util.Collections.reverse(latestFirst);
        return latestFirst;
    }
}
