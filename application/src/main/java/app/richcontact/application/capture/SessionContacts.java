package app.richcontact.application.capture;

import app.richcontact.domain.ContactId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Which contact each conversation was given lately: the Crisp id of the contact Rich Contact
 * created or found for it, and whether that contact's email is one of Rich Contact's
 * placeholders (so that a real email given later may upgrade it). Crisp ids only, no personal
 * data; kept for {@link #REMEMBER_FOR}, at most {@link #CAPACITY} conversations at once.
 */
final class SessionContacts {

    /** How long after its capture a conversation's late email still upgrades its contact. */
    static final Duration REMEMBER_FOR = Duration.ofHours(24);
    /**
     * Well above a day's contacts: each new contact costs at least two Crisp requests, and the
     * default daily quota, 5,000 requests, is shared by every website.
     */
    static final int CAPACITY = 20_000;

    /** The contact a conversation was given. */
    record Given(ContactId contact, boolean placeholder) {
    }

    private final ExpiringMemory<SessionKey, Given> given;

    SessionContacts(Clock clock) {
        this.given = new ExpiringMemory<>(clock, REMEMBER_FOR, CAPACITY);
    }

    void gave(SessionKey session, ContactId contact, boolean placeholder) {
        given.put(session, new Given(contact, placeholder));
    }

    Optional<Given> givenTo(SessionKey session) {
        return given.get(session);
    }

    /** The conversation's contact is no longer Rich Contact's to change (upgraded, or linked elsewhere). */
    void forget(SessionKey session) {
        given.remove(session);
    }
}
