package app.richcontact.application.port.out;

import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;

/** The website's CRM contacts: is there one with this exact email or phone, and create new ones. */
public interface ContactDirectory {

    boolean existsWithEmail(WebsiteId website, EmailAddress email);

    /**
     * Exact match on the normalised phone or its subscriber's other written form
     * ({@link PhoneNumber#writtenForms()}), whatever fuzzy search the CRM offers.
     */
    boolean existsWithPhone(WebsiteId website, PhoneNumber phone);

    ContactCreation create(WebsiteId website, NewContact contact);
}
