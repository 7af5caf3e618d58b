package app.richcontact.application.capture;

import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.domain.Channel;
import app.richcontact.domain.Origin;
import app.richcontact.domain.VisitorDetails;
import java.time.Instant;

/**
 * One conversation being captured: its channel once known, what has been learned about the
 * visitor, and where it stands. Held by one owner at a time (the pending windows, then one
 * worker), so it needs no locking of its own.
 */
final class Capture {

    private final SessionKey key;
    private final Instant firstEventAt;
    private Origin origin;
    private Channel channel;
    private VisitorDetails visitor = VisitorDetails.NONE;
    private boolean requested;
    private boolean snapshotTaken;
    private Instant dueAt;
    private int attempts;
    private ContactFollowUps contact;

    Capture(SessionKey key, Instant firstEventAt) {
        this.key = key;
        this.firstEventAt = firstEventAt;
    }

    SessionKey key() {
        return key;
    }

    /** When the first event of this session reached the capture. */
    Instant firstEventAt() {
        return firstEventAt;
    }

    Origin origin() {
        return origin;
    }

    void origin(Origin value) {
        origin = value;
    }

    Channel channel() {
        return channel;
    }

    void channel(Channel value) {
        channel = value;
    }

    VisitorDetails visitor() {
        return visitor;
    }

    /** Newer details win field by field. */
    void learn(VisitorDetails newer) {
        visitor = newer.over(visitor);
    }

    boolean requested() {
        return requested;
    }

    void markRequested() {
        requested = true;
    }

    boolean snapshotTaken() {
        return snapshotTaken;
    }

    /** Crisp's current view wins over what events said, field by field. */
    void absorb(ConversationSnapshot snapshot) {
        learn(snapshot.visitor());
        snapshotTaken = true;
    }

    Instant dueAt() {
        return dueAt;
    }

    void dueAt(Instant value) {
        dueAt = value;
    }

    /** The contact this capture created or found, once it has one; null before. */
    ContactFollowUps contact() {
        return contact;
    }

    void contact(ContactFollowUps value) {
        contact = value;
    }

    int attempts() {
        return attempts;
    }

    void countAttempt() {
        attempts++;
    }
}
