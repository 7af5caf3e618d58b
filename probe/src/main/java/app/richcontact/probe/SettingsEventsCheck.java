package app.richcontact.probe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.json.JSONObject;

/**
 * Whether {@code plugin:settings:saved} carries the whole settings document or only the keys
 * saved: over the real-time API, one key of the test website's settings ({@code geolocation},
 * toggled) is saved through the REST API while another key is present, and the event that
 * follows shows whether that other key came with it. The clean-up puts the settings back as
 * they were.
 */
final class SettingsEventsCheck implements Check {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String SAVED_KEY = "geolocation";
    private static final String OTHER_KEY = "enabled";

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
        boolean toggled = !original.path(SAVED_KEY).asBoolean(false);
        String path = ProbeContext.settingsPath(context.websiteId(), context.pluginId());
        try (SettingsEventsListener listener = SettingsEventsListener.open(URI.create(app), context.realtime(), PATIENCE)) {
            context.settingsChanged();
            String other = otherKey(original);
            if (other == null) {
                // A document of the saved key alone would look the same whole or partial: give it a second
                // key first, with the value it has anyway.
                other = OTHER_KEY;
                save(context, path, context.json().createObjectNode().put(OTHER_KEY, original.path(OTHER_KEY).asBoolean(true)));
            }
            save(context, path, context.json().createObjectNode().put(SAVED_KEY, toggled));
            JSONObject event = listener.await(payload -> context.websiteId().equals(payload.optString("website_id"))
                    && payload.optJSONObject("settings") != null
                    && payload.getJSONObject("settings").optBoolean(SAVED_KEY, !toggled) == toggled, PATIENCE);
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

    private static void save(ProbeContext context, String path, ObjectNode body) {
        Answer saved = context.api().send("PATCH", path, body);
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
