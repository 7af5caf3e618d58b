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

    /** Which Java type stands for which JSON kind, in the order they are tried. */
    private static final Map<Class<?>, Kind> KINDS = Map.of(String.class, Kind.TEXT, Boolean.class, Kind.BOOLEAN,
            Number.class, Kind.NUMBER, Map.class, Kind.OBJECT, List.class, Kind.ARRAY);

    @Override
    public Kind kind(Object value) {
        if (value == null || value == NULL) {
            return Kind.ABSENT;
        }
        return KINDS.entrySet().stream().filter(kind -> kind.getKey().isInstance(value))
                .map(Map.Entry::getValue).findFirst().orElse(Kind.OTHER);
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
        return value.toString();
    }

    @Override
    public boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** Integers as the test payloads hold them: {@code int}, {@code long} or {@link BigInteger}. */
    @Override
    public String integer(Object value) {
        boolean integral = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
        return integral ? String.valueOf(value) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap(Object object) {
        return (Map<String, Object>) object;
    }
}
