package app.richcontact.application.port.out;

import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;
import java.time.Instant;

/** Reads conversations as the CRM side sees them. */
public interface ConversationDirectory {

    /** One request: the session's current meta and the profile linked to it, if any. */
    ConversationSnapshot snapshot(WebsiteId website, SessionId session);

    /**
     * One request: sets the conversation's email to {@code email}, the way Crisp links a session
     * to the profile holding that email (whether Crisp then links it is not documented). Nothing
     * happens for a conversation that no longer exists.
     */
    void attach(WebsiteId website, SessionId session, EmailAddress email);

    /**
     * One page (1-based) of the conversations created in {@code [from, until]}. Optional work:
     * it is the first to be refused when quota is short.
     */
    ConversationPage createdBetween(WebsiteId website, Instant from, Instant until, int page);
}
