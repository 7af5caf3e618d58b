package app.richcontact.application.capture;

import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.ConversationEvent;

/** Routes each conversation event to the pending captures, and a late real email to its upgrade. */
final class CaptureConversationService implements CaptureConversationUseCase {

    private final PendingCaptures pending;
    private final LateEmails lateEmails;

    CaptureConversationService(PendingCaptures pending, LateEmails lateEmails) {
        this.pending = pending;
        this.lateEmails = lateEmails;
    }

    @Override
    public void handle(ConversationEvent event) {
        SessionKey key = new SessionKey(event.website(), event.session());
        if (event instanceof ConversationEvent.VisitorMessageSent message) {
            pending.visitorMessage(key, message.origin(), message.nickname());
        } else if (event instanceof ConversationEvent.ConversationRequested) {
            pending.requested(key);
        } else if (event instanceof ConversationEvent.VisitorDetailsChanged details) {
            lateEmails.detailsChanged(key, details.details());
            pending.detailsChanged(key, details.details());
        } else if (event instanceof ConversationEvent.OriginChanged origin) {
            pending.originChanged(key, origin.origin());
        } else if (event instanceof ConversationEvent.ProfileLinked) {
            pending.profileLinked(key);
        }
    }
}
