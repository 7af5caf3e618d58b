package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;
import java.util.Optional;

/** The website's CRM contacts: find them by exact email or phone, and create new ones. */
public interface ContactDirectory {

    Optional<ContactId> findByEmail(WebsiteId website, EmailAddress email);

    /** Exact match on the normalised phone, whatever fuzzy search the CRM offers. */
    Optional<ContactId> findByPhone(WebsiteId website, PhoneNumber phone);

    ContactCreation create(WebsiteId website, NewContact contact);
}
