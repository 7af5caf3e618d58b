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
        return required(optionalText(object, field), field);
    }

    /** The text, or null when absent or blank. */
    String optionalText(N object, String field) {
        N value = present(object, field, Kind.TEXT);
        if (value == null) {
            return null;
        }
        String text = json.text(value);
        if (text.length() > EventLimits.MAX_TEXT) {
            throw Rejection.tooLong(field);
        }
        return text.isBlank() ? null : text;
    }

    N object(N object, String field) {
        return required(optionalObject(object, field), field);
    }

    /** The object, or null when absent. */
    N optionalObject(N object, String field) {
        return present(object, field, Kind.OBJECT);
    }

    boolean flag(N object, String field) {
        return json.flag(required(present(object, field, Kind.BOOLEAN), field));
    }

    /** The field's value when it is of {@code kind}, null when absent; any other kind is refused. */
    private N present(N object, String field, Kind kind) {
        N value = json.field(object, field);
        Kind actual = json.kind(value);
        if (actual == Kind.ABSENT) {
            return null;
        }
        if (actual != kind) {
            throw Rejection.wrongType(field);
        }
        return value;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw Rejection.missing(field);
        }
        return value;
    }
}
