package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** The plugin-level routes: account, installed websites (all, since) and RTM endpoints. */
final class ConnectRoutes {

    private static final int WEBSITES_PER_PAGE = 20;

    private final World world;
    private final JsonViews views;
    private final String pluginId;
    // Suppliers: with port 0 the URLs are known only once the server listens.
    private final Supplier<URI> rtmUrl;
    private final Supplier<URI> rescueRtmUrl;

    ConnectRoutes(World world, JsonViews views, String pluginId, Supplier<URI> rtmUrl,
                  Supplier<URI> rescueRtmUrl) {
        this.world = world;
        this.views = views;
        this.pluginId = pluginId;
        this.rtmUrl = rtmUrl;
        this.rescueRtmUrl = rescueRtmUrl;
    }

    void register(RouteTable table) {
        table.add(SandboxRoutes.ACCOUNT, this::account);
        table.add(SandboxRoutes.WEBSITES_ALL, this::websitesAll);
        table.add(SandboxRoutes.WEBSITES_SINCE, this::websitesSince);
        table.add(SandboxRoutes.ENDPOINTS, this::endpoints);
    }

    private ApiReply account(ApiRequest request) {
        ObjectNode data = views.object();
        data.put("plugin_id", pluginId);
        return ApiReply.ok(data);
    }

    private ApiReply websitesAll(ApiRequest request) {
        int page = request.page();
        List<Website> installed = world.websites().stream().filter(Website::installed).toList();
        ArrayNode items = views.array();
        int from = (page - 1) * WEBSITES_PER_PAGE;
        for (int i = from; i < installed.size() && i < from + WEBSITES_PER_PAGE; i++) {
            items.add(views.websiteItem(installed.get(i)));
        }
        return ApiReply.ok(items);
    }

    private ApiReply websitesSince(ApiRequest request) {
        Instant since = request.date("date_since");
        if (since == null) {
            throw ApiError.invalid("date_since is required");
        }
        long sinceMillis = since.toEpochMilli();
        ArrayNode items = views.array();
        for (Website website : world.websites()) {
            if (website.changedAt() >= sinceMillis) {
                ObjectNode item = views.websiteItem(website);
                item.put("difference", website.difference());
                items.add(item);
            }
        }
        return ApiReply.ok(items);
    }

    private ApiReply endpoints(ApiRequest request) {
        ObjectNode data = views.object();
        data.putObject("socket").put("app", rtmUrl.get().toString());
        data.putObject("rescue").putObject("socket").put("app", rescueRtmUrl.get().toString());
        return ApiReply.ok(data);
    }
}
