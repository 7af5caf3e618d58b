package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.internal.settings.SettingsSaves;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The plugin subscription settings of a website: read, merge (PATCH), replace (PUT). A website
 * without the plugin answers {@link SandboxSwitch#UNINSTALLED_STATUS}; a save the schema refuses, 400.
 */
final class SettingsRoutes {

    private final World world;
    private final JsonViews views;
    private final SandboxSwitches switches;
    private final SettingsSaves saves;
    private final String pluginId;
    private final JsonNode schema;

    SettingsRoutes(World world, JsonViews views, SandboxSwitches switches, SettingsSaves saves, String pluginId,
                   JsonNode schema) {
        this.world = world;
        this.views = views;
        this.switches = switches;
        this.saves = saves;
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
            throw switches.get(SandboxSwitch.UNINSTALLED_STATUS) == 404 ? ApiError.notFound() : ApiError.notAllowed();
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
        try {
            // Shallow merge: Crisp's PATCH replaces each top-level key it is given.
            saves.save(website, request.bodyObject(), merge);
        } catch (SettingsSaves.Refused refused) {
            throw ApiError.invalid(refused.getMessage());
        }
        return new ApiReply(200, "updated", views.object());
    }
}
