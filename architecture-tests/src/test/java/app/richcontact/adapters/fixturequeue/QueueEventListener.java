package app.richcontact.adapters.fixturequeue;

import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.domain.InvalidValueException;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;
import java.util.Map;

/**
 * A fixture inbound adapter, as a team would add one (say, conversations replayed from a queue):
 * it parses its input into domain values at the edge and calls an in-port, nothing else. The
 * architecture rules cover it without being edited, and it passes them.
 */
public final class QueueEventListener {

    private final CaptureConversationUseCase capture;

    public QueueEventListener(CaptureConversationUseCase capture) {
        this.capture = capture;
    }

    /** Handles one queued message; returns false when it was malformed and dropped. */
    public boolean onMessage(Map<String, String> message) {
        try {
            capture.handle(new ConversationEvent.VisitorMessageSent(new WebsiteId(message.get("website_id")),
                    new SessionId(message.get("session_id")), new Origin(message.get("origin")),
                    message.containsKey("nickname") ? Nickname.parse(message.get("nickname")) : null));
            return true;
        } catch (InvalidValueException malformed) {
            return false;
        }
    }
}
