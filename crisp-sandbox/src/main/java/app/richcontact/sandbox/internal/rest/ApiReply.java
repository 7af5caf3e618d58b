package app.richcontact.sandbox.internal.rest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful answer: status, reason and {@code data}.
 *
 * @param data the payload, or null for a body-less answer (HEAD)
 */
record ApiReply(int status, String reason, JsonNode data) {

    static ApiReply ok(JsonNode data) {
        return new ApiReply(200, "resolved", data);
    }
}
