package app.richcontact.adapters.crisprest.wire;

import app.richcontact.domain.Geolocation;
import app.richcontact.domain.InvalidValueException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** Reads optional fields of untrusted JSON: wrong types and invalid values read as absent. */
final class JsonFields {

    private JsonFields() {
    }

    /** The text at {@code field}, or null when missing, null, not text, or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** {@code parse} applied to the text at {@code field}; null when absent or invalid. */
    static <T> T parsed(JsonNode node, String field, Function<String, T> parse) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (InvalidValueException invalid) {
            return null;
        }
    }

    /** A country and city object; when the country is invalid, the city alone; null when neither is valid. */
    static Geolocation geolocation(JsonNode where) {
        String country = text(where, "country");
        String city = text(where, "city");
        if (country == null && city == null) {
            return null;
        }
        try {
            return new Geolocation(country, city);
        } catch (InvalidValueException invalid) {
            try {
                return city == null ? null : new Geolocation(null, city);
            } catch (InvalidValueException alsoInvalid) {
                return null;
            }
        }
    }
}
