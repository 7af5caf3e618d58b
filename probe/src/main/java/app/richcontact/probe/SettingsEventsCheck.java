package app.richcontact.probe;

import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.WebsiteSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.json.JSONObject;

/**
 * Whether {@code plugin:settings:saved} carries the whole settings document or only the keys
 * saved: over the real-time API, {@code geolocation} alone is toggled through the REST API while
 * another key is present, and the event that follows shows whether that other key came with it.
 * Settings without a second key (or without {@code geolocation}) first get it at the value it
 * has anyway, so the plugin, whichever way it reads the events, never runs on anything but the
 * owner's settings once the clean-up has put them back.
 */
final class SettingsEventsCheck implements Check {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String SAVED_KEY = SettingsDocument.GEOLOCATION;
    private static final String OTHER_KEY = SettingsDocument.ENABLED;

    @Override
    public String unknown() {
        return "plugin:settings:saved payload";
    }

    @Override
    public Finding run(ProbeContext context) {
        Answer endpoints = context.api().get("plugin/connect/endpoints");
        String app = endpoints.data().path("socket").path("app").asText("");
        if (!endpoints.succeeded() || app.isEmpty()) {
            throw new ProbeFailure("plugin/connect/endpoints answered " + endpoints.describe() + " with no socket.app");
        }
        ObjectNode original = context.originalSettings();
        boolean current = original.path(SAVED_KEY).asBoolean(WebsiteSettings.DEFAULTS.geolocation());
        String path = ProbeContext.settingsPath(context.websiteId(), context.pluginId());
        try (SettingsEventsListener listener = SettingsEventsListener.open(URI.create(app), context.realtime(), PATIENCE)) {
            context.undoLater(api -> restore(api, path, original, current));
            String other = otherKey(original);
            ObjectNode prepared = context.json().createObjectNode();
            if (!original.has(SAVED_KEY)) {
                prepared.put(SAVED_KEY, current);
            }
            if (other == null) {
                other = OTHER_KEY;
                prepared.put(OTHER_KEY, original.path(OTHER_KEY).asBoolean(WebsiteSettings.DEFAULTS.enabled()));
            }
            if (!prepared.isEmpty()) {
                save(context.api(), "PATCH", path, prepared);
            }
            save(context.api(), "PATCH", path, context.json().createObjectNode().put(SAVED_KEY, !current));
            JSONObject event = listener.await(payload -> context.websiteId().equals(payload.optString("website_id"))
                    && payload.optJSONObject("settings") != null
                    && payload.getJSONObject("settings").optBoolean(SAVED_KEY, current) != current, PATIENCE);
            if (event == null) {
                return Finding.unsettled(unknown(), "no " + SettingsEventsListener.SETTINGS_SAVED + " for the test website "
                        + "arrived within " + PATIENCE.toSeconds() + " s of saving its settings through the API");
            }
            List<String> keys = new ArrayList<>(event.getJSONObject("settings").keySet());
            if (keys.contains(other)) {
                return Finding.settled(unknown(), "whole (saving " + SAVED_KEY + " alone, the event carried "
                        + keys.size() + " keys, the unsaved " + other + " among them)");
            }
            return Finding.settled(unknown(), "partial (saving " + SAVED_KEY + " alone, the event carried only "
                    + String.join(", ", keys) + "); the plugin merges it into the settings it holds");
        }
    }

    /**
     * Puts the settings back: {@code geolocation} to its value first (a key the owner's document
     * lacks would not be announced by a partial event when removed), then the whole document.
     */
    private static String restore(CrispApi api, String path, ObjectNode original, boolean current) {
        if (!original.has(SAVED_KEY)) {
            save(api, "PATCH", path, original.objectNode().put(SAVED_KEY, current));
        }
        save(api, "PUT", path, original);
        Answer after = api.get(path);
        if (!original.equals(after.data().path("settings"))) {
            throw new ProbeFailure("the test website's settings read " + after.describe() + " after restoring; they were "
                    + original + ": save them again in Crisp");
        }
        return "settings restored";
    }

    private static void save(CrispApi api, String method, String path, ObjectNode body) {
        Answer saved = api.send(method, path, body);
        if (!saved.succeeded()) {
            throw new ProbeFailure("saving the test website's settings answered " + saved.describe());
        }
    }

    private static String otherKey(ObjectNode settings) {
        for (Iterator<String> names = settings.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(SAVED_KEY)) {
                return name;
            }
        }
        return null;
    }
}
