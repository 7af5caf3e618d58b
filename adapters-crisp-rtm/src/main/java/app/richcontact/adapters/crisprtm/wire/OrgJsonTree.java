package app.richcontact.adapters.crisprtm.wire;

import app.richcontact.crispevents.JsonTree;
import java.math.BigInteger;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/** Crisp's event reader's view of the org.json values socket.io-client delivers. */
final class OrgJsonTree implements JsonTree<Object> {

    static final OrgJsonTree INSTANCE = new OrgJsonTree();

    private OrgJsonTree() {
    }

    @Override
    public Kind kind(Object value) {
        if (value == null || value == JSONObject.NULL) {
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
        if (value instanceof JSONObject) {
            return Kind.OBJECT;
        }
        return value instanceof JSONArray ? Kind.ARRAY : Kind.OTHER;
    }

    @Override
    public Object field(Object object, String name) {
        return ((JSONObject) object).opt(name);
    }

    @Override
    public Iterable<String> names(Object object) {
        return ((JSONObject) object).keySet();
    }

    @Override
    public int length(Object array) {
        return ((JSONArray) array).length();
    }

    @Override
    public Object element(Object array, int index) {
        return ((JSONArray) array).opt(index);
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
    public Map<String, Object> toMap(Object object) {
        return ((JSONObject) object).toMap();
    }
}
