package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.Session;
import app.richcontact.sandbox.internal.world.Website;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders the sandbox's state in the JSON shapes of Crisp's REST answers. */
final class JsonViews {

    private final ObjectMapper json;

    JsonViews(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    ArrayNode array() {
        return json.createArrayNode();
    }

    /** An item of {@code plugin/connect/websites/*}. */
    ObjectNode websiteItem(Website website) {
        ObjectNode item = object();
        item.put("website_id", website.id());
        item.put("token", website.token());
        item.set("settings", website.settings().deepCopy());
        return item;
    }

    ObjectNode conversation(Session session) {
        ObjectNode data = object();
        data.put("session_id", session.id());
        data.put("website_id", session.websiteId());
        data.putNull("inbox_id");
        String peopleId = session.peopleId();
        if (peopleId != null) {
            data.put("people_id", peopleId);
        }
        data.put("state", "pending");
        data.put("is_verified", false);
        data.put("is_blocked", false);
        String last = session.lastMessage();
        if (last != null) {
            data.put("last_message", last);
        }
        data.put("created_at", session.createdAt());
        data.put("updated_at", session.updatedAt());
        data.set("meta", meta(session));
        return data;
    }

    ObjectNode meta(Session session) {
        ObjectNode meta = object();
        putIfSet(meta, "nickname", session.nickname());
        putIfSet(meta, "email", session.email());
        putIfSet(meta, "phone", session.phone());
        meta.put("origin", session.origin());
        ArrayNode segments = meta.putArray("segments");
        session.segments().forEach(segments::add);
        meta.set("data", session.data() == null ? object() : session.data().deepCopy());
        putGeolocation(meta.putObject("device"), session.geolocation());
        return meta;
    }

    ObjectNode profile(Profile profile) {
        ObjectNode data = object();
        data.put("people_id", profile.peopleId());
        data.put("email", profile.email());
        ObjectNode person = data.putObject("person");
        putIfSet(person, "nickname", profile.nickname());
        putIfSet(person, "phone", profile.phone());
        putGeolocation(person, profile.geolocation());
        ArrayNode segments = data.putArray("segments");
        profile.segments().forEach(segments::add);
        data.put("active", true);
        data.put("created_at", profile.createdAt());
        data.put("updated_at", profile.createdAt());
        return data;
    }

    private static void putGeolocation(ObjectNode parent, Geolocation where) {
        if (where != null) {
            ObjectNode geolocation = parent.putObject("geolocation");
            putIfSet(geolocation, "country", where.country());
            putIfSet(geolocation, "region", where.region());
            putIfSet(geolocation, "city", where.city());
        }
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
