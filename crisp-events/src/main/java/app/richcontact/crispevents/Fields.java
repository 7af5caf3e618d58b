package app.richcontact.crispevents;

import app.richcontact.crispevents.JsonTree.Kind;

/**
 * Reads one field of a payload with its type checked, by one rule for every transport: JSON
 * {@code null} and blank text count as absent (Crisp sends {@code ""} for an unknown part), and
 * text longer than {@link EventLimits#MAX_TEXT} is refused before any value object sees it.
 */
final class Fields<N> {

    private final JsonTree<N> json;

    Fields(JsonTree<N> json) {
        this.json = json;
    }

    String text(N object, String field) {
        String value = optionalText(object, field);
        if (value == null) {
            throw Rejection.missing(field);
        }
        return value;
    }

    /** The text, or null when absent or blank. */
    String optionalText(N object, String field) {
        N value = json.field(object, field);
        Kind kind = json.kind(value);
        if (kind == Kind.ABSENT) {
            return null;
        }
        if (kind != Kind.TEXT) {
            throw Rejection.wrongType(field);
        }
        String text = json.text(value);
        if (text.length() > EventLimits.MAX_TEXT) {
            throw Rejection.tooLong(field);
        }
        return text.isBlank() ? null : text;
    }

    N object(N object, String field) {
        N value = optionalObject(object, field);
        if (value == null) {
            throw Rejection.missing(field);
        }
        return value;
    }

    /** The object, or null when absent. */
    N optionalObject(N object, String field) {
        N value = json.field(object, field);
        Kind kind = json.kind(value);
        if (kind == Kind.ABSENT) {
            return null;
        }
        if (kind != Kind.OBJECT) {
            throw Rejection.wrongType(field);
        }
        return value;
    }

    boolean flag(N object, String field) {
        N value = json.field(object, field);
        Kind kind = json.kind(value);
        if (kind == Kind.ABSENT) {
            throw Rejection.missing(field);
        }
        if (kind != Kind.BOOLEAN) {
            throw Rejection.wrongType(field);
        }
        return json.flag(value);
    }
}
