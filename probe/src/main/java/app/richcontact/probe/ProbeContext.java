package app.richcontact.probe;

import app.richcontact.probe.wire.ThrowawayProfile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks share during one probe run: the API, the test website and its settings as they
 * were, the throwaway profile, and everything made or changed that the clean-up must undo.
 */
final class ProbeContext {

    private final CrispApi api;
    private final ObjectMapper json;
    private final String websiteId;
    private final String pluginId;
    private final ObjectNode originalSettings;
    private final ThrowawayProfile profile;
    private final RealtimeAccess realtime;
    private final List<String> createdPeopleIds = new ArrayList<>();
    private String peopleId;
    private long writtenAt;
    private boolean settingsChanged;

    ProbeContext(CrispApi api, ObjectMapper json, String websiteId, String pluginId, ObjectNode originalSettings,
                 ThrowawayProfile profile, RealtimeAccess realtime) {
        this.api = api;
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
        createdPeopleIds.add(createdId);
    }

    /** The throwaway profile is in the CRM: its id, and {@link System#nanoTime()} just before its create was sent. */
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

    List<String> createdPeopleIds() {
        return List.copyOf(createdPeopleIds);
    }

    void settingsChanged() {
        settingsChanged = true;
    }

    boolean settingsNeedRestoring() {
        return settingsChanged;
    }
}
