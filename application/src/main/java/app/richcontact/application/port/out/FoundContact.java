package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;

/**
 * A CRM contact a lookup found: its Crisp id and the email that names it (to attach a
 * conversation to it). Either is null when Crisp showed none that could be read; the contact
 * still exists, so none is created, but it cannot be attached or remembered.
 */
public record FoundContact(ContactId id, EmailAddress email) {
}
