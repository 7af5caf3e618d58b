package app.richcontact.sandbox.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** One routed REST request: its path parameters, query and body. */
final class ApiRequest {

    private final Context ctx;
    private final Map<String, String> params;
    private final ObjectMapper json;

    ApiRequest(Context ctx, Map<String, String> params, ObjectMapper json) {
        this.ctx = ctx;
        this.params = params;
        this.json = json;
    }

    String param(String name) {
        return params.get(name);
    }

    /** A query parameter, or null when absent. */
    String query(String name) {
        return ctx.queryParam(name);
    }

    /** A 1-based page number from the path. */
    int page() {
        return positiveInt(param("page"), "page");
    }

    /** {@code per_page}: default 20, else within 20..50. */
    int perPage() {
        String raw = query("per_page");
        if (raw == null || raw.isEmpty()) {
            return 20;
        }
        int perPage = positiveInt(raw, "per_page");
        if (perPage < 20 || perPage > 50) {
            throw ApiError.invalid("per_page must be within 20..50");
        }
        return perPage;
    }

    /** An RFC 3339 date from the query, or null when absent. */
    Instant date(String name) {
        String raw = query(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(name + " must be an RFC 3339 date");
        }
    }

    /** The body, which must be a JSON object. */
    ObjectNode bodyObject() {
        byte[] body = ctx.bodyAsBytes();
        JsonNode node;
        try {
            node = body.length == 0 ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.invalid("malformed JSON body");
        } catch (java.io.IOException e) {
            throw ApiError.invalid("unreadable body");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiError.invalid("body must be a JSON object");
        }
        return object;
    }

    private static int positiveInt(String raw, String name) {
        try {
            int value = Integer.parseInt(raw);
            if (value < 1) {
                throw ApiError.invalid(name + " must be 1 or more");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name + " must be a number");
        }
    }
}
