package app.richcontact.application.port.in;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;

/**
 * Something that happened in a conversation, already parsed by an inbound adapter into domain
 * values. Every event names its website and session.
 */
public sealed interface ConversationEvent {

    WebsiteId website();

    SessionId session();

    /** The visitor sent a message ({@code from} = user); the nickname is null when not given. */
    record VisitorMessageSent(WebsiteId website, SessionId session, Origin origin, Nickname nickname)
            implements ConversationEvent {
    }

    /** The visitor opened the conversation ({@code session:request:initiated}); no origin is given. */
    record ConversationRequested(WebsiteId website, SessionId session) implements ConversationEvent {
    }

    /** Crisp learned something about the visitor ({@code session:set_*}, geolocation sync). */
    record VisitorDetailsChanged(WebsiteId website, SessionId session, VisitorDetails details)
            implements ConversationEvent {
    }

    /** The session's origin was set. */
    record OriginChanged(WebsiteId website, SessionId session, Origin origin) implements ConversationEvent {
    }

    /** A CRM profile got linked to the session: no contact is needed any more. */
    record ProfileLinked(WebsiteId website, SessionId session, ContactId contact) implements ConversationEvent {
    }
}
