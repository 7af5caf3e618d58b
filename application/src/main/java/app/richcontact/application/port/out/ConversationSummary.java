package app.richcontact.application.port.out;

import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import java.time.Instant;

/** A line of the conversations list: enough to decide whether a catch-up must capture it. */
public record ConversationSummary(SessionId session, Origin origin, Instant createdAt, boolean linked) {
}
