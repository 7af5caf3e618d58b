package app.richcontact.crispevents.jackson;

import app.richcontact.crispevents.JsonTree;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Crisp's event reader's view of JSON as Jackson decodes it (RTM payloads, web hook bodies). */
public final class JacksonTree implements JsonTree<JsonNode> {

    public static final JacksonTree INSTANCE = new JacksonTree();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JacksonTree() {
    }

    @Override
    public Kind kind(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Kind.ABSENT;
        }
        if (value.isTextual()) {
            return Kind.TEXT;
        }
        if (value.isBoolean()) {
            return Kind.BOOLEAN;
        }
        if (value.isNumber()) {
            return Kind.NUMBER;
        }
        if (value.isObject()) {
            return Kind.OBJECT;
        }
        return value.isArray() ? Kind.ARRAY : Kind.OTHER;
    }

    @Override
    public JsonNode field(JsonNode object, String name) {
        return object.get(name);
    }

    @Override
    public Iterable<String> names(JsonNode object) {
        return object::fieldNames;
    }

    @Override
    public int length(JsonNode array) {
        return array.size();
    }

    @Override
    public JsonNode element(JsonNode array, int index) {
        return array.get(index);
    }

    @Override
    public String text(JsonNode value) {
        return value.textValue();
    }

    @Override
    public boolean flag(JsonNode value) {
        return value.booleanValue();
    }

    @Override
    public String integer(JsonNode value) {
        return value.isIntegralNumber() ? value.asText() : null;
    }

    /** Plain maps (in the object's order), lists, strings, numbers and booleans. */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap(JsonNode object) {
        return MAPPER.convertValue(object, LinkedHashMap.class);
    }
}
