package app.richcontact.sandbox.internal.settings;

import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.SettingsEvents;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.Payloads;
import app.richcontact.sandbox.internal.world.Website;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.json.JSONObject;

/**
 * Every settings save, wherever it comes from (the save routes, Crisp's dashboard): checked
 * against the schema while {@link SandboxSwitch#VALIDATE_SETTINGS} is on, stored, then announced
 * by {@code plugin:settings:saved}, whole or only its changed keys ({@link SandboxSwitch#SETTINGS_EVENTS}).
 */
public final class SettingsSaves {

    /** A document the schema refuses; its message names the first rule broken. */
    public static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final SettingsSchema schema;
    private final SandboxSwitches switches;
    private final EventSink events;
    private final String pluginId;

    public SettingsSaves(SettingsSchema schema, SandboxSwitches switches, EventSink events, String pluginId) {
        this.schema = schema;
        this.switches = switches;
        this.events = events;
        this.pluginId = pluginId;
    }

    /**
     * Saves {@code body} merged into the website's settings (top-level keys replaced) or in
     * their place, and announces it.
     *
     * @throws Refused when validation is on and the saved document breaks the schema
     */
    public ObjectNode save(Website website, ObjectNode body, boolean merge) {
        ObjectNode before;
        ObjectNode saved;
        synchronized (website) {
            before = website.settings();
            saved = merge ? before.deepCopy().setAll(body) : body.deepCopy();
            if (switches.get(SandboxSwitch.VALIDATE_SETTINGS)) {
                Optional<String> broken = schema.violation(saved);
                if (broken.isPresent()) {
                    throw new Refused("settings do not conform to the plugin's schema: " + broken.get());
                }
            }
            website.saveSettings(saved, System.currentTimeMillis());
        }
        ObjectNode announced = switches.get(SandboxSwitch.SETTINGS_EVENTS) == SettingsEvents.WHOLE
                ? saved : changedKeys(before, saved);
        events.publish(Payloads.settingsSaved(website.id(), pluginId, new JSONObject(announced.toString()),
                System.currentTimeMillis()));
        return saved;
    }

    private static ObjectNode changedKeys(ObjectNode before, ObjectNode after) {
        ObjectNode changed = after.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = after.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().equals(before.get(field.getKey()))) {
                changed.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return changed;
    }
}
