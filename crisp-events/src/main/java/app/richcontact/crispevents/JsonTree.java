package app.richcontact.crispevents;

import java.util.Map;

/**
 * A read-only view of decoded JSON values of type {@code N}, as one JSON library holds them; an
 * adapter implements it in a few lines so that the reader needs no JSON library. Stateless: it
 * reads the library's own values, so reading allocates nothing of its own.
 *
 * @param <N> the library's type for a JSON value
 */
public interface JsonTree<N> {

    /** What a JSON value is; Java {@code null} and JSON {@code null} are both {@link #ABSENT}. */
    enum Kind { ABSENT, TEXT, BOOLEAN, NUMBER, OBJECT, ARRAY, OTHER }

    Kind kind(N value);

    /** The value of an object's field, which may be {@code null} when absent. */
    N field(N object, String name);

    /** An object's field names. */
    Iterable<String> names(N object);

    /** An array's length. */
    int length(N array);

    N element(N array, int index);

    /** A {@link Kind#TEXT} value. */
    String text(N value);

    /** A {@link Kind#BOOLEAN} value. */
    boolean flag(N value);

    /** A {@link Kind#NUMBER} value in decimal digits when it is an integer, else {@code null}. */
    String integer(N value);

    /** An {@link Kind#OBJECT} as plain Java maps, lists and scalars. */
    Map<String, Object> toMap(N object);
}
