package app.richcontact.adapters.web.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The adapter's one JSON codec (Jackson trees and plain maps, no reflection on our types) and
 * the shape of its JSON answers: {@code {"error": code, "message": text}} for failures.
 */
public final class JsonAnswers {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonAnswers() {
    }

    /** Parses a complete JSON document; the exception's message may quote the input: never log it. */
    public static JsonNode parse(byte[] body) throws IOException {
        JsonNode node = MAPPER.readTree(body);
        if (node == null || node.isMissingNode()) {
            throw new IOException("empty body");
        }
        return node;
    }

    /** A JSON object as plain maps, lists, strings, numbers and booleans. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode object) {
        return MAPPER.convertValue(object, LinkedHashMap.class);
    }

    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException impossible) {
            // Only maps, lists, strings, numbers and booleans are written.
            throw new IllegalStateException("unwritable answer", impossible);
        }
    }

    public static void error(Context ctx, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        send(ctx, status, body);
    }

    /** Sets {@code Retry-After} in whole seconds, rounded up, at least one. */
    public static void retryAfter(Context ctx, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
    }
}
