package app.richcontact.adapters.web.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates decoded JSON (maps, lists, strings, numbers, booleans, null) against the subset of
 * JSON Schema draft-07 the settings schema uses. Any other keyword fails the test that meets it,
 * so the schema cannot grow a rule this check silently ignores.
 */
final class SchemaSubsetValidator {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$comment", "title", "description", "default");
    private static final Set<String> ASSERTIONS = Set.of("type", "properties", "additionalProperties", "items",
            "maxItems", "minItems", "minLength", "maxLength", "pattern", "const", "required", "if", "then");

    private SchemaSubsetValidator() {
    }

    static boolean valid(Map<String, Object> schema, Object instance) {
        for (String keyword : schema.keySet()) {
            if (!ANNOTATIONS.contains(keyword) && !ASSERTIONS.contains(keyword)) {
                throw new AssertionError("the schema uses '" + keyword + "', which this check does not implement");
            }
        }
        if (schema.containsKey("type") && !hasType(instance, (String) schema.get("type"))) {
            return false;
        }
        if (schema.containsKey("const") && !Objects.equals(schema.get("const"), instance)) {
            return false;
        }
        if (instance instanceof Map<?, ?> object && !validObject(schema, object)) {
            return false;
        }
        if (instance instanceof List<?> array && !validArray(schema, array)) {
            return false;
        }
        if (instance instanceof String text && !validString(schema, text)) {
            return false;
        }
        if (schema.containsKey("if") && valid(sub(schema, "if"), instance) && schema.containsKey("then")) {
            return valid(sub(schema, "then"), instance);
        }
        return true;
    }

    private static boolean validObject(Map<String, Object> schema, Map<?, ?> object) {
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            throw new AssertionError("additionalProperties: false is not implemented");
        }
        if (schema.containsKey("required")) {
            for (Object key : (List<?>) schema.get("required")) {
                if (!object.containsKey(key)) {
                    return false;
                }
            }
        }
        if (schema.containsKey("properties")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                if (object.containsKey(property.getKey())
                        && !valid(sub(properties, property.getKey()), object.get(property.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean validArray(Map<String, Object> schema, List<?> array) {
        if (schema.containsKey("maxItems") && array.size() > ((Number) schema.get("maxItems")).intValue()) {
            return false;
        }
        if (schema.containsKey("minItems") && array.size() < ((Number) schema.get("minItems")).intValue()) {
            return false;
        }
        if (schema.containsKey("items")) {
            Map<String, Object> items = sub(schema, "items");
            return array.stream().allMatch(item -> valid(items, item));
        }
        return true;
    }

    /** Lengths count code points, as JSON Schema does. */
    private static boolean validString(Map<String, Object> schema, String text) {
        int length = text.codePointCount(0, text.length());
        if (schema.containsKey("maxLength") && length > ((Number) schema.get("maxLength")).intValue()) {
            return false;
        }
        if (schema.containsKey("minLength") && length < ((Number) schema.get("minLength")).intValue()) {
            return false;
        }
        // JSON Schema patterns are not anchored: find(), not matches().
        return !schema.containsKey("pattern") || Pattern.compile((String) schema.get("pattern")).matcher(text).find();
    }

    private static boolean hasType(Object instance, String type) {
        return switch (type) {
            case "object" -> instance instanceof Map;
            case "array" -> instance instanceof List;
            case "string" -> instance instanceof String;
            case "boolean" -> instance instanceof Boolean;
            default -> throw new AssertionError("type " + type + " is not implemented");
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sub(Map<String, Object> schema, String keyword) {
        return (Map<String, Object>) schema.get(keyword);
    }
}
