package app.richcontact.adapters.crisprest.directory;

import app.richcontact.adapters.crisprest.client.CrispAnswer;
import app.richcontact.adapters.crisprest.client.CrispCall;
import app.richcontact.adapters.crisprest.client.CrispClient;
import app.richcontact.adapters.crisprest.client.Priority;
import app.richcontact.adapters.crisprest.wire.CardJson;
import app.richcontact.adapters.crisprest.wire.CrmWireMapping;
import app.richcontact.application.port.out.CardChange;
import app.richcontact.application.port.out.CardUpdate;
import app.richcontact.application.port.out.ContactCard;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.WebsiteId;
import java.util.Optional;

/**
 * Profile cards over Crisp's people routes: one {@code GET} of the profile by email or by id, one
 * {@code PATCH} for a partial update. An update that gives an email and is refused with a 4xx
 * reads as "the email is taken": {@code people_exists} says so, and another refusal may too (Crisp
 * does not document the answer), which the caller tells apart by reading the email's profile.
 */
public final class CrispContactCards implements ContactCards {

    private final CrispClient client;
    private final CrmWireMapping wire;

    public CrispContactCards(CrispClient client, CrmWireMapping wire) {
        this.client = client;
        this.wire = wire;
    }

    @Override
    public Optional<ContactCard> byEmail(WebsiteId website, EmailAddress email) {
        return read(website, wire.profileKey(email));
    }

    @Override
    public Optional<ContactCard> byId(WebsiteId website, ContactId contact) {
        return read(website, contact.value());
    }

    @Override
    public CardUpdate update(WebsiteId website, ContactId contact, CardChange change) {
        if (change.isEmpty()) {
            throw new IllegalArgumentException("change must change something");
        }
        CrispAnswer answer = client.send(CrispCall.of("PATCH", CrispContactDirectory.PROFILE, Priority.ESSENTIAL,
                website.value(), contact.value()).withBody(wire.cardChangeBody(change)));
        if (answer.succeeded()) {
            return CardUpdate.UPDATED;
        }
        if (answer.notFound()) {
            return CardUpdate.GONE;
        }
        if (change.email() != null) {
            return CardUpdate.EMAIL_TAKEN;
        }
        throw answer.refused();
    }

    private Optional<ContactCard> read(WebsiteId website, String key) {
        CrispAnswer answer = client.send(CrispCall.of("GET", CrispContactDirectory.PROFILE, Priority.ESSENTIAL,
                website.value(), key));
        if (answer.notFound()) {
            return Optional.empty();
        }
        return Optional.of(CardJson.card(answer.dataOrFail()).orElseThrow(() -> new OutboundFailure(
                FailureCause.UNEXPECTED, "Crisp gave a profile with no valid people_id on " + answer.route())));
    }
}
