package app.richcontact.adapters.crisprest.client;

import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Crisp's answer once the envelope is opened: the status, the machine {@code reason} and the
 * {@code data} (a missing node when there was none). Only successes, 404s and the 4xx answers a
 * caller may want to interpret (a 403 only when its call asked for it) reach this type; the rest
 * became failures in {@link CrispClient}.
 */
public record CrispAnswer(String route, int status, String reason, JsonNode data) {

    public CrispAnswer {
        data = data == null ? MissingNode.getInstance() : data;
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    public boolean notFound() {
        return status == 404;
    }

    /** The data of a success; anything else is a refusal the caller did not expect. */
    public JsonNode dataOrFail() {
        if (!succeeded()) {
            throw refused();
        }
        return data;
    }

    public OutboundFailure refused() {
        return new OutboundFailure(FailureCause.REJECTED,
                "Crisp refused " + route + " with " + status + " " + reason);
    }
}
