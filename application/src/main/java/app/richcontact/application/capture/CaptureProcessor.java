package app.richcontact.application.capture;

import app.richcontact.application.installation.InstallationCache;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.ContactCreation;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.ConversationSnapshot;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.FoundContact;
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
 * A contact created or found is then followed up, as the website chose (see {@link FollowUps}),
 * and remembered for its conversation ({@link SessionContacts}), so that a later capture of it
 * costs nothing. Out-port failures propagate as {@code OutboundFailure}; the capture keeps the
 * contact it has, so its retry only does the follow-ups still owed.
 */
final class CaptureProcessor {

    private final InstallationCache installations;
    private final ConversationDirectory conversations;
    private final ContactDirectory contacts;
    private final KeyedLocks<ContactKey> contactLocks = new KeyedLocks<>();
    private final UnresolvedCreations<ContactKey> unresolved;
    private final RecentCreations recent;
    private final SessionContacts sessionContacts;
    private final FollowUps followUps;

    CaptureProcessor(InstallationCache installations, ConversationDirectory conversations,
                     ContactDirectory contacts, SessionContacts sessionContacts, Clock clock) {
        this.installations = installations;
        this.conversations = conversations;
        this.contacts = contacts;
        this.unresolved = new UnresolvedCreations<>(clock);
        this.recent = new RecentCreations(clock);
        this.sessionContacts = sessionContacts;
        this.followUps = new FollowUps(conversations, contacts);
    }

    CaptureOutcome process(Capture capture) {
        Optional<Installation> installation = installations.resolve(capture.key().website());
        if (installation.isEmpty()) {
            return skipped(capture, SkipReason.NOT_INSTALLED);
        }
        WebsiteSettings settings = installation.get().settings();
        if (capture.contact() != null) {
            // A retry after a failed follow-up: the contact exists whatever the settings now say.
            return followUps.complete(capture, settings.care());
        }
        Optional<SkipReason> free = skipBySettingsOrEvents(settings, capture.channel(), capture.visitor());
        if (free.isPresent()) {
            return skipped(capture, free.get());
        }
        if (sessionContacts.givenTo(capture.key()).isPresent()) {
            return skipped(capture, SkipReason.ALREADY_LINKED);
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
        Optional<NewContact> contact = visitor.toNewContact(capture.channel(), settings, capture.key().session());
        if (contact.isEmpty()) {
            return skipped(capture, SkipReason.NO_IDENTIFIER);
        }
        PersonalData identity = visitor.phone() != null ? visitor.phone().subscriber() : contact.get().email();
        ContactKey key = new ContactKey(capture.key().website(), identity);
        CaptureOutcome decided = contactLocks.withLock(key, () -> createUnlessExists(key, capture, visitor, contact.get()));
        return decided != null ? decided : followUps.complete(capture, settings.care());
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

    /**
     * Finds or creates the contact: null when the capture now has one to follow up, else the
     * outcome. A phone-less sender's placeholder is looked up like a real email, so that the
     * contact made for its session before a restart is found.
     */
    private CaptureOutcome createUnlessExists(ContactKey key, Capture capture, VisitorDetails visitor,
                                              NewContact contact) {
        WebsiteId website = capture.key().website();
        EmailAddress email = visitor.realEmail().orElse(visitor.phone() == null ? contact.email() : null);
        Optional<RecentCreations.Remembered> createdHere = recent.find(website, visitor.phone(), email);
        if (createdHere.isPresent()) {
            RecentCreations.Remembered remembered = createdHere.get();
            return found(capture, new FoundContact(remembered.contact(), remembered.email()),
                    remembered.match() == RecentCreations.Match.EMAIL ? SkipReason.EXISTS_BY_EMAIL : SkipReason.EXISTS_BY_PHONE);
        }
        Optional<FoundContact> byEmail = email == null ? Optional.empty() : contacts.existsWithEmail(website, email);
        if (byEmail.isPresent()) {
            unresolved.resolved(key);
            return found(capture, byEmail.get(), SkipReason.EXISTS_BY_EMAIL);
        }
        Optional<FoundContact> byPhone = visitor.phone() == null ? Optional.empty()
                : contacts.existsWithPhone(website, visitor.phone());
        if (byPhone.isPresent()) {
            unresolved.resolved(key);
            return found(capture, byPhone.get(), SkipReason.EXISTS_BY_PHONE);
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
            boolean phonePlaceholder = visitor.phone() != null
                    && contact.email().equals(visitor.phone().placeholderEmail(capture.channel()));
            recent.created(website, created.contact(), visitor.phone(), email,
                    phonePlaceholder ? capture.channel() : null);
            give(capture, ContactFollowUps.created(created.contact(), contact.email()));
            return null;
        }
        return skipped(capture, SkipReason.DUPLICATE);
    }

    /** A contact exists: the capture follows it up when it can be named, else it ends as {@code reason}. */
    private CaptureOutcome found(Capture capture, FoundContact contact, SkipReason reason) {
        if (contact.id() == null && contact.email() == null) {
            return skipped(capture, reason);
        }
        give(capture, ContactFollowUps.found(contact.id(), contact.email(), reason));
        return null;
    }

    private void give(Capture capture, ContactFollowUps contact) {
        capture.contact(contact);
        if (contact.contact() != null) {
            sessionContacts.gave(capture.key(), contact.contact(), contact.placeholder());
        }
    }

    private static CaptureOutcome skipped(Capture capture, SkipReason reason) {
        return new CaptureOutcome.Skipped(capture.key().website(), capture.key().session(), capture.channel(), reason);
    }

    /** The identity a contact is keyed on within a website: its phone, else its email. */
    private record ContactKey(WebsiteId website, PersonalData identity) {
    }
}
