package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A website's conversations: one, its meta, and the paged list used to catch up after a gap. */
final class ConversationRoutes {

    private final World world;
    private final JsonViews views;

    ConversationRoutes(World world, JsonViews views) {
        this.world = world;
        this.views = views;
    }

    void register(RouteTable table) {
        table.add(SandboxRoutes.CONVERSATION, request -> ApiReply.ok(views.conversation(session(request))));
        table.add(SandboxRoutes.CONVERSATION_META, request -> ApiReply.ok(views.meta(session(request))));
        table.add(SandboxRoutes.CONVERSATIONS, this::list);
    }

    /** The installed website of the path; a website without the plugin is not the plugin's to read. */
    static Website website(World world, ApiRequest request) {
        Website website = world.installed(request.param("website_id"));
        if (website == null) {
            throw ApiError.notAllowed();
        }
        return website;
    }

    private Session session(ApiRequest request) {
        Session session = website(world, request).sessions().get(request.param("session_id"));
        if (session == null) {
            throw ApiError.notFound();
        }
        return session;
    }

    private ApiReply list(ApiRequest request) {
        Website website = website(world, request);
        int page = request.page();
        int perPage = request.perPage();
        boolean byCreation = "1".equals(request.query("order_date_created"));
        Instant start = request.date("filter_date_start");
        Instant end = request.date("filter_date_end");
        long startMillis = start == null ? Long.MIN_VALUE : start.toEpochMilli();
        long endMillis = end == null ? Long.MAX_VALUE : end.toEpochMilli();
        List<Session> matching = new ArrayList<>();
        for (Session session : website.sessions().values()) {
            // The date filter applies to creation time: the plugin catches up on conversations started in a gap.
            if (session.createdAt() >= startMillis && session.createdAt() <= endMillis) {
                matching.add(session);
            }
        }
        Comparator<Session> newestFirst = byCreation
                ? Comparator.comparingLong(Session::createdAt).reversed()
                : Comparator.comparingLong(Session::updatedAt).reversed();
        matching.sort(newestFirst.thenComparing(Session::id));
        ArrayNode items = views.array();
        int from = (page - 1) * perPage;
        for (int i = from; i < matching.size() && i < from + perPage; i++) {
            items.add(views.conversation(matching.get(i)));
        }
        return ApiReply.ok(items);
    }
}
