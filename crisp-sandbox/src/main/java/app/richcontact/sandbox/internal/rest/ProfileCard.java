package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.Geolocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The card of a profile create or update, read from its body with Crisp's known fields only
 * (anything else is 400); each part is null when the body does not carry it.
 */
record ProfileCard(String email, String nickname, String phone, Geolocation geolocation, List<String> segments) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> PROFILE_FIELDS = Set.of("email", "person", "segments", "company", "notepad", "active");
    private static final Set<String> PERSON_FIELDS = Set.of("nickname", "phone", "geolocation", "avatar", "gender",
            "address", "description", "website", "timezone", "employment", "locales", "profiles");

    static ProfileCard parse(ObjectNode body) {
        requireOnly(body, PROFILE_FIELDS, "");
        JsonNode email = body.get("email");
        if (email != null && !email.isNull() && (!email.isTextual() || !isEmail(email.asText()))) {
            throw ApiError.invalid("email must be an email address");
        }
        String nickname = null;
        String phone = null;
        Geolocation where = null;
        JsonNode person = body.get("person");
        if (person != null && !person.isNull()) {
            if (!person.isObject()) {
                throw ApiError.invalid("person must be an object");
            }
            requireOnly((ObjectNode) person, PERSON_FIELDS, "person.");
            nickname = optionalText(person, "nickname", "person.nickname");
            phone = optionalText(person, "phone", "person.phone");
            JsonNode geolocation = person.get("geolocation");
            if (geolocation != null && !geolocation.isNull()) {
                if (!geolocation.isObject()) {
                    throw ApiError.invalid("person.geolocation must be an object");
                }
                where = new Geolocation(optionalText(geolocation, "country", "person.geolocation.country"),
                        optionalText(geolocation, "region", "person.geolocation.region"),
                        optionalText(geolocation, "city", "person.geolocation.city"));
            }
        }
        return new ProfileCard(email == null || email.isNull() ? null : email.asText(), nickname, phone, where,
                strings(body.get("segments"), "segments"));
    }

    static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** An optional array of strings, or null when absent. */
    static List<String> strings(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw ApiError.invalid(path + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            if (!value.isTextual()) {
                throw ApiError.invalid(path + " must be an array of strings");
            }
            values.add(value.asText());
        }
        return values;
    }

    static void requireOnly(ObjectNode node, Set<String> allowed, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiError.invalid("unknown field " + prefix + name);
            }
        }
    }

    static String optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.invalid(path + " must be a string");
        }
        return value.asText();
    }
}
