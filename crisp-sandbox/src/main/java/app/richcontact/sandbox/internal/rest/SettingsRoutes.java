package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.events.Payloads;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.json.JSONObject;

/** The plugin subscription settings of a website: read, merge (PATCH), replace (PUT). */
final class SettingsRoutes {

    private final World world;
    private final JsonViews views;
    private final EventSink events;
    private final String pluginId;
    private final JsonNode schema;

    SettingsRoutes(World world, JsonViews views, EventSink events, String pluginId, JsonNode schema) {
        this.world = world;
        this.views = views;
        this.events = events;
        this.pluginId = pluginId;
        this.schema = schema;
    }

    void register(RouteTable table) {
        table.add(SandboxRoutes.SETTINGS_GET, this::get);
        table.add(SandboxRoutes.SETTINGS_PATCH, request -> save(request, true));
        table.add(SandboxRoutes.SETTINGS_PUT, request -> save(request, false));
    }

    private Website subscription(ApiRequest request) {
        if (!pluginId.equals(request.param("plugin_id"))) {
            throw ApiError.notAllowed();
        }
        Website website = world.installed(request.param("website_id"));
        if (website == null) {
            throw ApiError.notFound();
        }
        return website;
    }

    private ApiReply get(ApiRequest request) {
        Website website = subscription(request);
        ObjectNode data = views.object();
        data.put("plugin_id", pluginId);
        data.put("website_id", website.id());
        data.put("token", website.token());
        data.set("schema", schema.deepCopy());
        data.set("settings", website.settings().deepCopy());
        return ApiReply.ok(data);
    }

    private ApiReply save(ApiRequest request, boolean merge) {
        Website website = subscription(request);
        ObjectNode body = request.bodyObject();
        ObjectNode saved;
        synchronized (website) {
            // Shallow merge: Crisp's PATCH replaces each top-level key it is given.
            saved = merge ? website.settings().deepCopy().setAll(body) : body;
            website.saveSettings(saved, System.currentTimeMillis());
        }
        events.publish(Payloads.settingsSaved(website.id(), pluginId, new JSONObject(saved.toString()),
                System.currentTimeMillis()));
        return new ApiReply(200, "updated", views.object());
    }
}
