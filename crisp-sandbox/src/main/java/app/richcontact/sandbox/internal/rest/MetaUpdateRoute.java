package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.MetaEmailLinks;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.internal.events.EventSink;
import app.richcontact.sandbox.internal.scenario.ProfileLinks;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * {@code PATCH website/{w}/conversation/{s}/meta}: a partial update of the session's meta
 * (email, nickname, phone, segments, data; anything else is 400). What a new email does to the
 * session's link is {@link SandboxSwitch#META_EMAIL_LINKS}.
 */
final class MetaUpdateRoute {

    private static final Set<String> META_FIELDS = Set.of("email", "nickname", "phone", "segments", "data");

    private final World world;
    private final JsonViews views;
    private final SandboxSwitches switches;
    private final ProfileLinks links;

    MetaUpdateRoute(World world, JsonViews views, SandboxSwitches switches, EventSink events) {
        this.world = world;
        this.views = views;
        this.switches = switches;
        this.links = new ProfileLinks(events);
    }

    void register(RouteTable table) {
        table.add(SandboxRoutes.CONVERSATION_META_PATCH, this::update);
    }

    private ApiReply update(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        ObjectNode body = request.bodyObject();
        ProfileCard.requireOnly(body, META_FIELDS, "");
        String email = ProfileCard.optionalText(body, "email", "email");
        if (email != null && !ProfileCard.isEmail(email)) {
            throw ApiError.invalid("email must be an email address");
        }
        String nickname = ProfileCard.optionalText(body, "nickname", "nickname");
        if (nickname != null && nickname.isBlank()) {
            throw ApiError.invalid("nickname must not be blank");
        }
        String phone = ProfileCard.optionalText(body, "phone", "phone");
        List<String> segments = ProfileCard.strings(body.get("segments"), "segments");
        JsonNode data = body.get("data");
        if (data != null && !data.isNull() && !flatObject(data)) {
            throw ApiError.invalid("data must be an object of strings, numbers and booleans");
        }
        Session session = website.sessions().get(request.param("session_id"));
        if (session == null) {
            throw ApiError.notFound();
        }
        long now = System.currentTimeMillis();
        if (nickname != null) {
            session.nickname(nickname);
        }
        if (phone != null) {
            session.phone(phone);
        }
        if (segments != null) {
            session.segments(segments);
        }
        if (data != null && !data.isNull()) {
            session.data(((ObjectNode) data).deepCopy());
        }
        if (email != null) {
            session.email(email);
        }
        session.touch(now);
        if (email != null && switches.get(SandboxSwitch.META_EMAIL_LINKS) == MetaEmailLinks.LINKS) {
            links.linkByEmail(website, session, email, switches.get(SandboxSwitch.NATIVE_EMAIL_PROFILES), now);
        }
        return new ApiReply(200, "updated", views.object());
    }

    private static boolean flatObject(JsonNode data) {
        if (!data.isObject()) {
            return false;
        }
        for (JsonNode value : data) {
            if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
                return false;
            }
        }
        return true;
    }
}
