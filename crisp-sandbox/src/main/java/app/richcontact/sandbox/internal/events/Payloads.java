package app.richcontact.sandbox.internal.events;

import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.RtmEvents;
import org.json.JSONObject;

/** Builds the event payloads in the shapes of protocol section 3. */
public final class Payloads {

    private Payloads() {
    }

    /** The fields every session event carries; Crisp sends {@code inbox_id} as null outside inboxes. */
    public static JSONObject session(String websiteId, String sessionId) {
        JSONObject payload = new JSONObject();
        payload.put("website_id", websiteId);
        payload.put("session_id", sessionId);
        payload.put("inbox_id", JSONObject.NULL);
        return payload;
    }

    public static SandboxEvent messageSend(String websiteId, String sessionId, String origin, String content,
                                           long fingerprint, String nickname, long now) {
        return message(RtmEvents.MESSAGE_SEND, websiteId, sessionId, "user", origin, content, fingerprint, sessionId,
                nickname, now);
    }

    public static SandboxEvent messageReceived(String websiteId, String sessionId, String origin, String content,
                                               long fingerprint, String operatorId, String operatorName, long now) {
        return message(RtmEvents.MESSAGE_RECEIVED, websiteId, sessionId, "operator", origin, content, fingerprint,
                operatorId, operatorName, now);
    }

    private static SandboxEvent message(String event, String websiteId, String sessionId, String from, String origin,
                                        String content, long fingerprint, String userId, String nickname, long now) {
        JSONObject payload = session(websiteId, sessionId);
        payload.put("type", "text");
        payload.put("from", from);
        payload.put("origin", origin);
        payload.put("content", content);
        payload.put("fingerprint", fingerprint);
        payload.put("timestamp", now);
        payload.put("stamped", true);
        JSONObject user = new JSONObject();
        user.put("user_id", userId);
        user.put("nickname", orNull(nickname));
        payload.put("user", user);
        return new SandboxEvent(event, websiteId, payload, false, now);
    }

    /** One of the {@code session:set_*} events, whose extra field is named after the datum. */
    public static SandboxEvent sessionSet(String event, String field, String websiteId, String sessionId,
                                          String value, long now) {
        JSONObject payload = session(websiteId, sessionId);
        payload.put(field, orNull(value));
        return new SandboxEvent(event, websiteId, payload, false, now);
    }

    public static SandboxEvent geolocation(String websiteId, String sessionId, Geolocation where, long now) {
        JSONObject geolocation = new JSONObject();
        geolocation.put("country", orNull(where.country()));
        geolocation.put("region", orNull(where.region()));
        geolocation.put("city", orNull(where.city()));
        geolocation.put("coordinates", JSONObject.NULL);
        JSONObject payload = session(websiteId, sessionId);
        payload.put("geolocation", geolocation);
        return new SandboxEvent(RtmEvents.SESSION_SYNC_GEOLOCATION, websiteId, payload, false, now);
    }

    public static SandboxEvent requestInitiated(String websiteId, String sessionId, long now) {
        return new SandboxEvent(RtmEvents.SESSION_REQUEST_INITIATED, websiteId, session(websiteId, sessionId), false, now);
    }

    public static SandboxEvent peopleBound(String websiteId, String sessionId, String peopleId, long now) {
        JSONObject payload = session(websiteId, sessionId);
        payload.put("people_id", peopleId);
        return new SandboxEvent(RtmEvents.PEOPLE_BIND_SESSION, websiteId, payload, false, now);
    }

    public static SandboxEvent subscriptionUpdated(String websiteId, String pluginId, boolean bound, long now) {
        JSONObject payload = new JSONObject();
        payload.put("website_id", websiteId);
        payload.put("plugin_id", pluginId);
        payload.put("bound", bound);
        // The protocol page names the field without documenting its values.
        payload.put("target", JSONObject.NULL);
        return new SandboxEvent(RtmEvents.SUBSCRIPTION_UPDATED, websiteId, payload, true, now);
    }

    public static SandboxEvent settingsSaved(String websiteId, String pluginId, JSONObject settings, long now) {
        JSONObject payload = new JSONObject();
        payload.put("website_id", websiteId);
        payload.put("plugin_id", pluginId);
        payload.put("settings", settings);
        return new SandboxEvent(RtmEvents.SETTINGS_SAVED, websiteId, payload, false, now);
    }

    private static Object orNull(Object value) {
        return value == null ? JSONObject.NULL : value;
    }
}
