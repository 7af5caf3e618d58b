package app.richcontact.application.port.out;

import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;
import java.util.Optional;

/**
 * The website's CRM contacts: the one with this exact email or phone, new ones, and what is done
 * to a contact once made (each one request).
 */
public interface ContactDirectory {

    /** The contact whose email is {@code email} (its email is then the one asked for), if any. */
    Optional<FoundContact> existsWithEmail(WebsiteId website, EmailAddress email);

    /**
     * The contact whose normalised phone is exactly this one or its subscriber's other written form
     * ({@link PhoneNumber#writtenForms()}), whatever fuzzy search the CRM offers.
     */
    Optional<FoundContact> existsWithPhone(WebsiteId website, PhoneNumber phone);

    ContactCreation create(WebsiteId website, NewContact contact);

    /**
     * Unsubscribes the contact from email campaigns (its email is a placeholder no one reads).
     * Work after a creation: refused before lookups and creations when quota is short.
     */
    void unsubscribeFromEmail(WebsiteId website, ContactId contact);

    /**
     * Adds an event to the contact's profile saying it was made from {@code channel}, for the
     * website's automations. Work after a creation, as {@link #unsubscribeFromEmail}.
     */
    void addCreationEvent(WebsiteId website, ContactId contact, Channel channel);
}
