package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.WebsiteId;
import java.util.Optional;

/** The cards of the website's CRM profiles: read one by email or by id, and update one in part. Each call is one request. */
public interface ContactCards {

    /** The profile whose email is {@code email}, if any (Crisp's read may lag a recent write). */
    Optional<ContactCard> byEmail(WebsiteId website, EmailAddress email);

    Optional<ContactCard> byId(WebsiteId website, ContactId contact);

    /** Applies {@code change} (not empty) to the profile {@code contact}. */
    CardUpdate update(WebsiteId website, ContactId contact, CardChange change);
}
