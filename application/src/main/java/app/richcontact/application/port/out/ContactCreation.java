package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;

/**
 * What creating a contact gave: a new contact, the CRM's word that its email exists, or no
 * answer at all (the CRM may still apply it, so it must not be created again blindly).
 */
public sealed interface ContactCreation {

    /** The contact was created. */
    record Created(ContactId contact) implements ContactCreation {
    }

    /** The CRM refused: a contact with that email exists (someone else created it first). */
    record AlreadyExists() implements ContactCreation {
    }

    /** No answer came (a timeout, a dropped connection): the CRM may have applied it, or may still. */
    record Unanswered() implements ContactCreation {
    }
}
