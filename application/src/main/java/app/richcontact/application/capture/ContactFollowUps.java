package app.richcontact.application.capture;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.SkipReason;

/**
 * The contact a capture created or found, and which of the follow-ups (attaching the
 * conversation, unsubscribing a placeholder, the profile event) are done: it travels with the
 * capture through its retries, so a retry after a failed follow-up neither creates the contact
 * again nor repeats a follow-up already done. Holds the contact's Crisp id and the email the
 * conversation is attached with, for the seconds the capture lives, like the capture itself.
 */
final class ContactFollowUps {

    private final ContactId contact;
    private final EmailAddress email;
    private final SkipReason foundAs;
    private boolean attached;
    private boolean unsubscribed;
    private boolean announced;

    private ContactFollowUps(ContactId contact, EmailAddress email, SkipReason foundAs) {
        this.contact = contact;
        this.email = email;
        this.foundAs = foundAs;
    }

    /** A contact this capture created (its id and email are both known). */
    static ContactFollowUps created(ContactId contact, EmailAddress email) {
        return new ContactFollowUps(contact, email, null);
    }

    /** A contact that existed, found as {@code foundAs}; its id or email may be unknown (null). */
    static ContactFollowUps found(ContactId contact, EmailAddress email, SkipReason foundAs) {
        return new ContactFollowUps(contact, email, foundAs);
    }

    /** The contact's Crisp id; null when a lookup found a contact without telling it. */
    ContactId contact() {
        return contact;
    }

    /** The contact's email, to attach the conversation with; null when unknown. */
    EmailAddress email() {
        return email;
    }

    boolean createdHere() {
        return foundAs == null;
    }

    /** Why no contact was created (the one found): null for a contact created here. */
    SkipReason foundAs() {
        return foundAs;
    }

    /** Whether the contact's email is one of Rich Contact's placeholders. */
    boolean placeholder() {
        return email != null && email.isPlaceholder();
    }

    boolean attached() {
        return attached;
    }

    void markAttached() {
        attached = true;
    }

    boolean unsubscribed() {
        return unsubscribed;
    }

    void markUnsubscribed() {
        unsubscribed = true;
    }

    /** Whether the profile event saying where the contact came from was added. */
    boolean announced() {
        return announced;
    }

    void markAnnounced() {
        announced = true;
    }
}
