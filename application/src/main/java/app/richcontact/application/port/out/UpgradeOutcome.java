package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;

/** How the upgrade of a conversation's placeholder contact by a late real email ended; ids only, no personal data. */
public sealed interface UpgradeOutcome {

    WebsiteId website();

    SessionId session();

    /** No profile held the email: the placeholder contact took it. */
    record EmailMoved(WebsiteId website, SessionId session, ContactId contact) implements UpgradeOutcome {
    }

    /**
     * A profile held the email: the conversation is attached to it ({@code kept}), which got what
     * it lacked of the placeholder's phone, segments and geolocation; the placeholder is marked.
     */
    record Superseded(WebsiteId website, SessionId session, ContactId placeholder, ContactId kept)
            implements UpgradeOutcome {
    }

    /** The upgrade gave up; {@code detail} says why, without personal data. */
    record Failed(WebsiteId website, SessionId session, FailureCause cause, String detail) implements UpgradeOutcome {
    }
}
