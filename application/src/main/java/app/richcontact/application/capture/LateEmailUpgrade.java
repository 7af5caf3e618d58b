package app.richcontact.application.capture;

import app.richcontact.application.port.out.CardChange;
import app.richcontact.application.port.out.CardUpdate;
import app.richcontact.application.port.out.ContactCard;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.application.port.out.UpgradeOutcome;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Segment;
import app.richcontact.domain.WebsiteId;
import java.util.List;
import java.util.Optional;

/**
 * Upgrades a conversation's placeholder contact with the real email its visitor gave late. When
 * no profile holds the email, the placeholder takes it; when one does (someone's, or the one
 * Crisp made itself for that email), that profile gets what it lacks of the placeholder's phone,
 * geolocation and segments, and the placeholder gets the {@link #SUPERSEDED} segment; nothing is
 * deleted. Either way the conversation is attached to the profile with the email. Every step
 * reads before it writes, so a run cut short by a failure and run again finishes the same work
 * without doing any twice. Out-port failures propagate as {@code OutboundFailure}.
 */
final class LateEmailUpgrade {

    /** The segment a superseded placeholder contact gets, for operators to filter on. */
    static final Segment SUPERSEDED = new Segment("superseded");

    private final ContactCards cards;
    private final ConversationDirectory conversations;

    LateEmailUpgrade(ContactCards cards, ConversationDirectory conversations) {
        this.cards = cards;
        this.conversations = conversations;
    }

    UpgradeOutcome run(SessionKey key, ContactId placeholder, EmailAddress email) {
        WebsiteId website = key.website();
        Optional<ContactCard> holder = cards.byEmail(website, email);
        if (holder.isEmpty()) {
            CardUpdate moved = cards.update(website, placeholder, CardChange.email(email));
            if (moved == CardUpdate.GONE) {
                throw new OutboundFailure(FailureCause.REJECTED, "the placeholder contact was deleted in the CRM");
            }
            if (moved == CardUpdate.UPDATED) {
                conversations.attach(website, key.session(), email);
                return new UpgradeOutcome.EmailMoved(website, key.session(), placeholder);
            }
            holder = cards.byEmail(website, email);
            if (holder.isEmpty()) {
                throw new OutboundFailure(FailureCause.UNAVAILABLE, "the CRM refused the email as taken but shows "
                        + "no profile with it yet; looking again later");
            }
        }
        ContactCard kept = holder.get();
        if (!kept.id().equals(placeholder)) {
            supersede(website, placeholder, kept);
        }
        conversations.attach(website, key.session(), email);
        return kept.id().equals(placeholder)
                ? new UpgradeOutcome.EmailMoved(website, key.session(), placeholder)
                : new UpgradeOutcome.Superseded(website, key.session(), placeholder, kept.id());
    }

    /** Copies what {@code kept} lacks from the placeholder, then marks the placeholder. */
    private void supersede(WebsiteId website, ContactId placeholder, ContactCard kept) {
        Optional<ContactCard> old = cards.byId(website, placeholder);
        if (old.isEmpty()) {
            return;
        }
        CardChange additions = kept.missingFrom(old.get());
        if (!additions.isEmpty() && cards.update(website, kept.id(), additions) == CardUpdate.GONE) {
            throw new OutboundFailure(FailureCause.UNAVAILABLE, "the profile holding the email vanished while "
                    + "being completed; looking again later");
        }
        List<Segment> marked = old.get().segmentsWith(SUPERSEDED);
        if (marked != null) {
            cards.update(website, placeholder, CardChange.segments(marked));
        }
    }
}
