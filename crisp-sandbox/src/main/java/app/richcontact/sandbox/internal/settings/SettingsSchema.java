package app.richcontact.sandbox.internal.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The subset of JSON Schema (draft 7) a plugin's settings schema uses, as Crisp checks saved
 * settings against it: {@code type}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code enum}, {@code const}, {@code items}, {@code minItems},
 * {@code maxItems}, {@code minLength}/{@code maxLength} (code points), {@code pattern} (found
 * anywhere, as ECMA-262 does), {@code minimum}/{@code maximum}, {@code if}/{@code then}/{@code else}
 * and {@code allOf}. Other keywords (titles, defaults, comments) are ignored.
 */
public final class SettingsSchema {

    private final JsonNode schema;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public SettingsSchema(JsonNode schema) {
        if (schema == null || !(schema.isObject() || schema.isBoolean())) {
            throw new IllegalArgumentException("settingsSchema must be a JSON object");
        }
        this.schema = schema;
    }

    /** The first rule {@code document} breaks, as a path and a phrase; empty when it conforms. */
    public Optional<String> violation(JsonNode document) {
        return check(schema, document, "settings");
    }

    private Optional<String> check(JsonNode rules, JsonNode value, String at) {
        if (rules.isBoolean()) {
            return rules.asBoolean() ? Optional.empty() : Optional.of(at + " is not allowed");
        }
        Optional<String> found = typeAndValue(rules, value, at);
        if (found.isEmpty() && value.isObject()) {
            found = object(rules, value, at);
        }
        if (found.isEmpty() && value.isArray()) {
            found = array(rules, value, at);
        }
        if (found.isEmpty() && value.isTextual()) {
            found = text(rules, value.asText(), at);
        }
        if (found.isEmpty() && value.isNumber()) {
            found = number(rules, value.decimalValue(), at);
        }
        for (Iterator<JsonNode> each = rules.path("allOf").elements(); found.isEmpty() && each.hasNext(); ) {
            found = check(each.next(), value, at);
        }
        if (found.isEmpty() && rules.has("if")) {
            boolean holds = check(rules.get("if"), value, at).isEmpty();
            JsonNode branch = rules.get(holds ? "then" : "else");
            found = branch == null ? Optional.empty() : check(branch, value, at);
        }
        return found;
    }

    private static Optional<String> typeAndValue(JsonNode rules, JsonNode value, String at) {
        JsonNode type = rules.get("type");
        if (type != null) {
            boolean matches = false;
            for (JsonNode one : type.isArray() ? type : java.util.List.of(type)) {
                matches |= isOfType(one.asText(), value);
            }
            if (!matches) {
                return Optional.of(at + " must be of type " + type);
            }
        }
        if (rules.has("const") && !rules.get("const").equals(value)) {
            return Optional.of(at + " must be " + rules.get("const"));
        }
        JsonNode allowed = rules.get("enum");
        if (allowed != null) {
            for (JsonNode one : allowed) {
                if (one.equals(value)) {
                    return Optional.empty();
                }
            }
            return Optional.of(at + " must be one of " + allowed);
        }
        return Optional.empty();
    }

    private static boolean isOfType(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber()
                    || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> false;
        };
    }

    private Optional<String> object(JsonNode rules, JsonNode value, String at) {
        for (JsonNode name : rules.path("required")) {
            if (!value.has(name.asText())) {
                return Optional.of(at + "." + name.asText() + " is required");
            }
        }
        JsonNode properties = rules.path("properties");
        JsonNode additional = rules.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode fieldRules = properties.get(field.getKey());
            if (fieldRules == null) {
                fieldRules = additional;
            }
            if (fieldRules != null) {
                Optional<String> found = check(fieldRules, field.getValue(), at + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> array(JsonNode rules, JsonNode value, String at) {
        if (rules.has("minItems") && value.size() < rules.get("minItems").asInt()) {
            return Optional.of(at + " must hold at least " + rules.get("minItems") + " items");
        }
        if (rules.has("maxItems") && value.size() > rules.get("maxItems").asInt()) {
            return Optional.of(at + " must hold at most " + rules.get("maxItems") + " items");
        }
        JsonNode items = rules.get("items");
        for (int i = 0; items != null && i < value.size(); i++) {
            Optional<String> found = check(items, value.get(i), at + "[" + i + "]");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> text(JsonNode rules, String value, String at) {
        int length = value.codePointCount(0, value.length());
        if (rules.has("minLength") && length < rules.get("minLength").asInt()) {
            return Optional.of(at + " must be at least " + rules.get("minLength") + " characters");
        }
        if (rules.has("maxLength") && length > rules.get("maxLength").asInt()) {
            return Optional.of(at + " must be at most " + rules.get("maxLength") + " characters");
        }
        JsonNode pattern = rules.get("pattern");
        if (pattern != null && !patterns.computeIfAbsent(pattern.asText(), Pattern::compile).matcher(value).find()) {
            return Optional.of(at + " must match " + pattern.asText());
        }
        return Optional.empty();
    }

    private static Optional<String> number(JsonNode rules, java.math.BigDecimal value, String at) {
        if (rules.has("minimum") && value.compareTo(rules.get("minimum").decimalValue()) < 0) {
            return Optional.of(at + " must be at least " + rules.get("minimum"));
        }
        if (rules.has("maximum") && value.compareTo(rules.get("maximum").decimalValue()) > 0) {
            return Optional.of(at + " must be at most " + rules.get("maximum"));
        }
        return Optional.empty();
    }
}
