package app.richcontact.application.capture;

import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Fingerprint;
import app.richcontact.domain.FingerprintKey;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The contacts this process created lately, so that a CRM whose reads lag its writes (Crisp's
 * cache, its search index) never gets the same contact twice: each is remembered by the keyed
 * fingerprints of its phone and real email (never the values) with its Crisp id, for
 * {@link #REMEMBER_FOR}, at most {@link #CAPACITY} at once (the oldest go first).
 */
final class RecentCreations {

    /** Longer than any read lag Crisp plausibly has (the sandbox's least forgiving default is 2 minutes). */
    static final Duration REMEMBER_FOR = Duration.ofMinutes(10);
    /** About 100 creations a second for the whole period; an entry is two UUIDs' worth of longs. */
    static final int CAPACITY = 100_000;

    /** Which of the contact's identifiers matched. */
    enum Match { PHONE, EMAIL }

    /**
     * A contact created lately: which identifier matched, its Crisp id, and its email when that
     * can be told without keeping it (the email asked for, or the phone's placeholder when the
     * contact's email is its phone's placeholder, the subscriber's for either written form); null otherwise.
     */
    record Remembered(Match match, ContactId contact, EmailAddress email) {
    }

    private record Key(WebsiteId website, Fingerprint fingerprint) {
    }

    /**
     * @param placeholderOf the channel whose placeholder of the contact's phone is its email, or null
     *                      (the placeholder is the subscriber's, the same for both written forms)
     */
    private record Entry(ContactId contact, Channel placeholderOf) {
    }

    private final FingerprintKey secret = FingerprintKey.random();
    private final ExpiringMemory<Key, Entry> entries;

    RecentCreations(Clock clock) {
        this.entries = new ExpiringMemory<>(clock, REMEMBER_FOR, CAPACITY);
    }

    /**
     * A contact with this phone and looked-up email (a real one, or a phone-less sender's
     * placeholder), either may be null, was just created; {@code placeholderOf} is the channel
     * whose placeholder of {@code phone} is its email (null when its email is another).
     */
    void created(WebsiteId website, ContactId contact, PhoneNumber phone, EmailAddress email, Channel placeholderOf) {
        Entry entry = new Entry(contact, placeholderOf);
        if (phone != null) {
            entries.put(new Key(website, phone.fingerprint(secret)), entry);
        }
        if (email != null) {
            entries.put(new Key(website, email.fingerprint(secret)), entry);
        }
    }

    /**
     * The contact created lately with this email or this phone (either may be null), email first;
     * a phone matches either written form of its subscriber (its fingerprint is the subscriber's,
     * see {@link PhoneNumber#subscriber()}).
     */
    Optional<Remembered> find(WebsiteId website, PhoneNumber phone, EmailAddress email) {
        Entry byEmail = email == null ? null : entries.get(new Key(website, email.fingerprint(secret))).orElse(null);
        if (byEmail != null) {
            return Optional.of(new Remembered(Match.EMAIL, byEmail.contact(), email));
        }
        Entry byPhone = phone == null ? null : entries.get(new Key(website, phone.fingerprint(secret))).orElse(null);
        if (byPhone == null) {
            return Optional.empty();
        }
        return Optional.of(new Remembered(Match.PHONE, byPhone.contact(),
                byPhone.placeholderOf() == null ? null : phone.placeholderEmail(byPhone.placeholderOf())));
    }

    /** How many identifiers are remembered now (expired ones included until swept). */
    int size() {
        return entries.size();
    }
}
