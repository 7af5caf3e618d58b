package app.richcontact.application.capture;

import app.richcontact.application.installation.InstallationCache;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Channel;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Installation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.PersonalData;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides a closed capture: settings and what events said first (free), then the conversation
 * snapshot, then the CRM lookups and the creation (each one Crisp request). Work on one
 * (website, phone) is serialised so that one visitor on two channels makes one contact. A
 * creation that failed without a clear answer may still be applied by Crisp: until the CRM shows
 * it (or it has had time to), that identity is not created again, only looked up, so that the
 * pending contact is never doubled. Crisp's reads may lag its writes (a cached HEAD, a search
 * index behind): the contacts created here lately are remembered (by keyed fingerprints, see
 * {@link RecentCreations}) and never looked up or created again while the CRM may not show them.
 * Out-port failures propagate as {@code OutboundFailure}.
 */
final class CaptureProcessor {

    private final InstallationCache installations;
    private final ConversationDirectory conversations;
    private final ContactDirectory contacts;
    private final KeyedLocks<ContactKey> contactLocks = new KeyedLocks<>();
    private final UnresolvedCreations<ContactKey> unresolved;
    private final RecentCreations recent;
    private final SessionContacts sessionContacts;

    CaptureProcessor(InstallationCache installations, ConversationDirectory conversations,
                     ContactDirectory contacts, SessionContacts sessionContacts, Clock clock) {
        this.sessionContacts = sessionContacts;
        this.installations = installations;
        this.conversations = conversations;
        this.contacts = contacts;
        this.unresolved = new UnresolvedCreations<>(clock);
        this.recent = new RecentCreations(clock);
    }

    CaptureOutcome process(Capture capture) {
        Optional<Installation> installation = installations.resolve(capture.key().website());
        if (installation.isEmpty()) {
            return skipped(capture, SkipReason.NOT_INSTALLED);
        }
        WebsiteSettings settings = installation.get().settings();
        Optional<SkipReason> free = skipBySettingsOrEvents(settings, capture.channel(), capture.visitor());
        if (free.isPresent()) {
            return skipped(capture, free.get());
        }
        if (!capture.snapshotTaken()) {
            ConversationSnapshot snapshot = conversations.snapshot(capture.key().website(), capture.key().session());
            if (snapshot.linkedContact() != null) {
                return skipped(capture, SkipReason.ALREADY_LINKED);
            }
            capture.absorb(snapshot);
        }
        VisitorDetails visitor = capture.visitor();
        Optional<SkipReason> afterSnapshot = skipBySettingsOrEvents(settings, capture.channel(), visitor);
        if (afterSnapshot.isPresent()) {
            return skipped(capture, afterSnapshot.get());
        }
        Optional<NewContact> contact = visitor.toNewContact(capture.channel(), settings);
        if (contact.isEmpty()) {
            return skipped(capture, SkipReason.NO_IDENTIFIER);
        }
        PersonalData identity = visitor.phone() != null ? visitor.phone() : contact.get().email();
        ContactKey key = new ContactKey(capture.key().website(), identity);
        return contactLocks.withLock(key, () -> createUnlessExists(key, capture, visitor, contact.get()));
    }

    private static Optional<SkipReason> skipBySettingsOrEvents(WebsiteSettings settings, Channel channel,
                                                               VisitorDetails visitor) {
        if (!settings.enabled()) {
            return Optional.of(SkipReason.DISABLED);
        }
        if (!settings.monitors(channel)) {
            return Optional.of(SkipReason.CHANNEL_NOT_SELECTED);
        }
        if (settings.skipIfEmailExists() && visitor.realEmail().isPresent()) {
            return Optional.of(SkipReason.HAS_EMAIL);
        }
        return Optional.empty();
    }

    private CaptureOutcome createUnlessExists(ContactKey key, Capture capture, VisitorDetails visitor,
                                              NewContact contact) {
        WebsiteId website = capture.key().website();
        Optional<EmailAddress> realEmail = visitor.realEmail();
        Optional<RecentCreations.Match> createdHere = recent.find(website, visitor.phone(), realEmail.orElse(null));
        if (createdHere.isPresent()) {
            return skipped(capture, createdHere.get() == RecentCreations.Match.EMAIL
                    ? SkipReason.EXISTS_BY_EMAIL : SkipReason.EXISTS_BY_PHONE);
        }
        if (realEmail.isPresent() && contacts.existsWithEmail(website, realEmail.get())) {
            unresolved.resolved(key);
            return skipped(capture, SkipReason.EXISTS_BY_EMAIL);
        }
        if (visitor.phone() != null && contacts.existsWithPhone(website, visitor.phone())) {
            unresolved.resolved(key);
            return skipped(capture, SkipReason.EXISTS_BY_PHONE);
        }
        if (unresolved.pendingFor(key).isPresent()) {
            throw new OutboundFailure(FailureCause.UNAVAILABLE, "an earlier creation of this contact got no answer "
                    + "and may still be applied; looking again later");
        }
        ContactCreation creation = contacts.create(website, contact);
        if (creation instanceof ContactCreation.Unanswered) {
            unresolved.unresolved(key);
            throw new OutboundFailure(FailureCause.UNAVAILABLE, "Crisp did not answer a contact creation; "
                    + "looking for the contact again later");
        }
        if (creation instanceof ContactCreation.Created created) {
            recent.created(website, created.contact(), visitor.phone(), realEmail.orElse(null));
            sessionContacts.gave(capture.key(), created.contact(), contact.email().isPlaceholder());
            return new CaptureOutcome.Created(website, capture.key().session(), capture.channel(), created.contact());
        }
        return skipped(capture, SkipReason.DUPLICATE);
    }

    private static CaptureOutcome skipped(Capture capture, SkipReason reason) {
        return new CaptureOutcome.Skipped(capture.key().website(), capture.key().session(), capture.channel(), reason);
    }

    /** The identity a contact is keyed on within a website: its phone, else its email. */
    private record ContactKey(WebsiteId website, PersonalData identity) {
    }
}
