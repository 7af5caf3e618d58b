package app.richcontact.crispevents;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link JsonTree} over plain Java values, as a JSON library would decode them: maps for
 * objects, lists for arrays, {@link #NULL} for JSON null. The reader's tests need no JSON library.
 */
class MapTree implements JsonTree<Object> {

    static final MapTree INSTANCE = new MapTree();
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A mutable JSON object, built field by field. */
    static final class Json extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        Json with(String field, Object value) {
            put(field, value);
            return this;
        }

        Json without(String field) {
            remove(field);
            return this;
        }
    }

    static Json object() {
        return new Json();
    }

    @Override
    public Kind kind(Object value) {
        if (value == null || value == NULL) {
            return Kind.ABSENT;
        }
        if (value instanceof String) {
            return Kind.TEXT;
        }
        if (value instanceof Boolean) {
            return Kind.BOOLEAN;
        }
        if (value instanceof Number) {
            return Kind.NUMBER;
        }
        if (value instanceof Map) {
            return Kind.OBJECT;
        }
        return value instanceof List ? Kind.ARRAY : Kind.OTHER;
    }

    @Override
    public Object field(Object object, String name) {
        return ((Map<?, ?>) object).get(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterable<String> names(Object object) {
        return ((Map<String, ?>) object).keySet();
    }

    @Override
    public int length(Object array) {
        return ((List<?>) array).size();
    }

    @Override
    public Object element(Object array, int index) {
        return ((List<?>) array).get(index);
    }

    @Override
    public String text(Object value) {
        return (String) value;
    }

    @Override
    public boolean flag(Object value) {
        return (Boolean) value;
    }

    @Override
    public String integer(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger ? value.toString() : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap(Object object) {
        return (Map<String, Object>) object;
    }
}
