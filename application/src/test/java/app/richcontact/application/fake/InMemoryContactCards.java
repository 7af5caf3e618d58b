package app.richcontact.application.fake;

import app.richcontact.application.port.out.CardChange;
import app.richcontact.application.port.out.CardUpdate;
import app.richcontact.application.port.out.ContactCard;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.WebsiteId;
import java.util.Optional;

/**
 * The cards of the contacts an {@link InMemoryContactDirectory} holds (one CRM behind both
 * ports), with counted calls and scripted failures; a read by email lags as the directory's do.
 */
public final class InMemoryContactCards implements ContactCards {

    private final CrispCalls calls;
    private final InMemoryContactDirectory crm;
    private final ScriptedFailures failures = new ScriptedFailures();

    public InMemoryContactCards(CrispCalls calls, InMemoryContactDirectory crm) {
        this.calls = calls;
        this.crm = crm;
    }

    public ScriptedFailures failures() {
        return failures;
    }

    @Override
    public Optional<ContactCard> byEmail(WebsiteId website, EmailAddress email) {
        calls.count("cardByEmail");
        failures.throwIfScripted();
        return crm.idWithEmail(website, email).flatMap(id -> card(website, id));
    }

    @Override
    public Optional<ContactCard> byId(WebsiteId website, ContactId contact) {
        calls.count("cardById");
        failures.throwIfScripted();
        return card(website, contact);
    }

    @Override
    public CardUpdate update(WebsiteId website, ContactId contact, CardChange change) {
        calls.count("updateCard");
        failures.throwIfScripted();
        synchronized (crm) {
            Optional<NewContact> stored = crm.stored(website, contact);
            if (stored.isEmpty()) {
                return CardUpdate.GONE;
            }
            NewContact now = stored.get();
            NewContact changed = new NewContact(change.email() != null ? change.email() : now.email(),
                    change.phone() != null ? change.phone() : now.phone(), now.nickname(),
                    change.segments() != null ? change.segments() : now.segments(),
                    change.geolocation() != null ? change.geolocation() : now.geolocation());
            return crm.replace(website, contact, changed) ? CardUpdate.UPDATED : CardUpdate.EMAIL_TAKEN;
        }
    }

    /** The card as stored now, for a test's assertions: not counted, never failing. */
    public Optional<ContactCard> peek(WebsiteId website, ContactId id) {
        return card(website, id);
    }

    private Optional<ContactCard> card(WebsiteId website, ContactId id) {
        return crm.stored(website, id).map(contact -> new ContactCard(id, contact.email(), contact.phone(),
                contact.nickname(), contact.segments(), true, contact.geolocation()));
    }
}
