package app.richcontact.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One answer of Crisp's REST API as the probe needs it: the status, the machine reason and the
 * envelope's {@code data} (missing for HEAD and for bodies that are not Crisp's envelope).
 *
 * @param status the HTTP status
 * @param reason the envelope's {@code reason}, or {@code "-"} when there is none
 * @param data   the envelope's {@code data}
 */
record Answer(int status, String reason, JsonNode data) {

    Answer {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, not " + status);
        }
        reason = reason == null || reason.isBlank() ? "-" : reason;
        data = data == null ? MissingNode.getInstance() : data;
    }

    boolean succeeded() {
        return status / 100 == 2;
    }

    /** The status and reason, e.g. {@code 409 people_exists}: never personal data. */
    String describe() {
        return status + " " + reason;
    }
}
