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
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
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
     * contact was keyed on exactly this phone's placeholder); null otherwise.
     */
    record Remembered(Match match, ContactId contact, EmailAddress email) {
    }

    private record Key(WebsiteId website, Fingerprint fingerprint) {
    }

    /**
     * @param phone            the fingerprint of the phone the contact was created with, or null
     * @param placeholderOf    the channel whose placeholder of that phone is the contact's email, or null
     */
    private record Entry(ContactId contact, Fingerprint phone, Channel placeholderOf, Instant until) {
    }

    private final Clock clock;
    private final FingerprintKey secret = FingerprintKey.random();
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();

    RecentCreations(Clock clock) {
        this.clock = clock;
    }

    /**
     * A contact with this phone and looked-up email (a real one, or a phone-less sender's
     * placeholder), either may be null, was just created; {@code placeholderOf} is the channel
     * whose placeholder of {@code phone} is its email (null when its email is another).
     */
    void created(WebsiteId website, ContactId contact, PhoneNumber phone, EmailAddress email, Channel placeholderOf) {
        Entry entry = new Entry(contact, phone == null ? null : phone.fingerprint(secret), placeholderOf,
                clock.instant().plus(REMEMBER_FOR));
        synchronized (entries) {
            if (phone != null) {
                put(new Key(website, phone.fingerprint(secret)), entry);
            }
            if (email != null) {
                put(new Key(website, email.fingerprint(secret)), entry);
            }
        }
    }

    /**
     * The contact created lately with this email or this phone (either may be null), email first;
     * a phone matches either written form of its subscriber (its fingerprint is the subscriber's,
     * see {@link PhoneNumber#subscriber()}).
     */
    Optional<Remembered> find(WebsiteId website, PhoneNumber phone, EmailAddress email) {
        Entry byEmail = email == null ? null : live(new Key(website, email.fingerprint(secret)));
        if (byEmail != null) {
            return Optional.of(new Remembered(Match.EMAIL, byEmail.contact(), email));
        }
        Fingerprint phoneKey = phone == null ? null : phone.fingerprint(secret);
        Entry byPhone = phoneKey == null ? null : live(new Key(website, phoneKey));
        if (byPhone == null) {
            return Optional.empty();
        }
        boolean sameForm = byPhone.placeholderOf() != null && phoneKey.equals(byPhone.phone());
        return Optional.of(new Remembered(Match.PHONE, byPhone.contact(),
                sameForm ? phone.placeholderEmail(byPhone.placeholderOf()) : null));
    }

    /** How many identifiers are remembered now (expired ones included until swept). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void put(Key key, Entry entry) {
        entries.remove(key);
        entries.put(key, entry);
        sweep();
    }

    /** The entry under {@code key} unless it expired; null when there is none. */
    private Entry live(Key key) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (!now.isBefore(entry.until())) {
                entries.remove(key);
                return null;
            }
            return entry;
        }
    }

    /** Drops expired entries from the oldest end, then the oldest ones past the capacity. */
    private void sweep() {
        Instant now = clock.instant();
        Iterator<Map.Entry<Key, Entry>> oldest = entries.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<Key, Entry> next = oldest.next();
            if (entries.size() > CAPACITY || !now.isBefore(next.getValue().until())) {
                oldest.remove();
            } else {
                break;
            }
        }
    }
}
