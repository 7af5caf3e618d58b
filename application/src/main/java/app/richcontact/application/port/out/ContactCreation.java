package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;

/** What creating a contact gave: a new contact, or the CRM's word that its email exists. */
public sealed interface ContactCreation {

    /** The contact was created. */
    record Created(ContactId contact) implements ContactCreation {
    }

    /** The CRM refused: a contact with that email exists (someone else created it first). */
    record AlreadyExists() implements ContactCreation {
    }
}
