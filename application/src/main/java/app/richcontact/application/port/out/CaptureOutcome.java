package app.richcontact.application.port.out;

import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteId;

/** How one capture ended. Outcomes carry identifiers and reasons, never personal data. */
public sealed interface CaptureOutcome {

    WebsiteId website();

    SessionId session();

    Channel channel();

    /** A contact was created. */
    record Created(WebsiteId website, SessionId session, Channel channel, ContactId contact)
            implements CaptureOutcome {
    }

    /** No contact was needed, for {@code reason}. */
    record Skipped(WebsiteId website, SessionId session, Channel channel, SkipReason reason)
            implements CaptureOutcome {
    }

    /**
     * No contact was needed, for {@code reason} (one exists), and the conversation was attached to
     * the existing contact, whose Crisp id is {@code contact} (null when the lookup did not tell it).
     */
    record Attached(WebsiteId website, SessionId session, Channel channel, ContactId contact, SkipReason reason)
            implements CaptureOutcome {
    }

    /** The capture gave up; {@code detail} says why, without personal data. */
    record Failed(WebsiteId website, SessionId session, Channel channel, FailureCause cause, String detail)
            implements CaptureOutcome {
    }
}
