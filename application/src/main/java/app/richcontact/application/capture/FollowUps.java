package app.richcontact.application.capture;

import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.domain.ContactCare;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;

/**
 * What is done once a capture has its contact, each as the website chose ({@link ContactCare}),
 * each one Crisp request, each at most once per capture: the conversation attached to the
 * contact (created or found), then, for a contact created here, a placeholder unsubscribed from
 * email campaigns and the profile event. A failure propagates and leaves the rest owed to the
 * capture's retry.
 */
final class FollowUps {

    private final ConversationDirectory conversations;
    private final ContactDirectory contacts;

    FollowUps(ConversationDirectory conversations, ContactDirectory contacts) {
        this.conversations = conversations;
        this.contacts = contacts;
    }

    /** Does the follow-ups still owed, then gives the capture's outcome. */
    CaptureOutcome complete(Capture capture, ContactCare care) {
        ContactFollowUps contact = capture.contact();
        WebsiteId website = capture.key().website();
        SessionId session = capture.key().session();
        if (care.attachConversation() && contact.email() != null && !contact.attached()) {
            conversations.attach(website, session, contact.email());
            contact.markAttached();
        }
        if (!contact.createdHere()) {
            return contact.attached()
                    ? new CaptureOutcome.Attached(website, session, capture.channel(), contact.contact(), contact.foundAs())
                    : new CaptureOutcome.Skipped(website, session, capture.channel(), contact.foundAs());
        }
        if (care.unsubscribePlaceholders() && contact.placeholder() && !contact.unsubscribed()) {
            contacts.unsubscribeFromEmail(website, contact.contact());
            contact.markUnsubscribed();
        }
        if (care.profileEvent() && !contact.announced()) {
            contacts.addCreationEvent(website, contact.contact(), capture.channel());
            contact.markAnnounced();
        }
        return new CaptureOutcome.Created(website, session, capture.channel(), contact.contact());
    }
}
