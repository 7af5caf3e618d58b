package app.richcontact.adapters.crisprtm.wire;

import org.json.JSONObject;

/**
 * Reads one field of a payload with its type checked; JSON {@code null} counts as absent. Text
 * longer than {@link #MAX_TEXT} is refused before any value object sees it.
 */
final class Fields {

    /** Longer than any id, origin, phone, email or name Crisp sends. */
    static final int MAX_TEXT = 512;

    private Fields() {
    }

    static String text(JSONObject payload, String field) {
        String value = optionalText(payload, field);
        if (value == null) {
            throw Rejection.missing(field);
        }
        return value;
    }

    /** The text, or null when absent. */
    static String optionalText(JSONObject payload, String field) {
        Object value = payload.opt(field);
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw Rejection.wrongType(field);
        }
        if (text.length() > MAX_TEXT) {
            throw Rejection.tooLong(field);
        }
        return text;
    }

    static JSONObject object(JSONObject payload, String field) {
        JSONObject value = optionalObject(payload, field);
        if (value == null) {
            throw Rejection.missing(field);
        }
        return value;
    }

    /** The object, or null when absent. */
    static JSONObject optionalObject(JSONObject payload, String field) {
        Object value = payload.opt(field);
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        if (!(value instanceof JSONObject object)) {
            throw Rejection.wrongType(field);
        }
        return object;
    }

    static boolean flag(JSONObject payload, String field) {
        Object value = payload.opt(field);
        if (value == null || value == JSONObject.NULL) {
            throw Rejection.missing(field);
        }
        if (!(value instanceof Boolean flag)) {
            throw Rejection.wrongType(field);
        }
        return flag;
    }
}
