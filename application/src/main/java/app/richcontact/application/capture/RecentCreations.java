package app.richcontact.application.capture;

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

    private record Key(WebsiteId website, Fingerprint fingerprint) {
    }

    private record Entry(ContactId contact, Instant until) {
    }

    private final Clock clock;
    private final FingerprintKey secret = FingerprintKey.random();
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>();

    RecentCreations(Clock clock) {
        this.clock = clock;
    }

    /** A contact with this phone and (real) email, either may be null, was just created. */
    void created(WebsiteId website, ContactId contact, PhoneNumber phone, EmailAddress email) {
        Entry entry = new Entry(contact, clock.instant().plus(REMEMBER_FOR));
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
     * Whether a contact created lately has this email or this phone (either may be null), email
     * first; a phone matches either written form of its subscriber (its fingerprint is the
     * subscriber's, see {@link PhoneNumber#subscriber()}).
     */
    Optional<Match> find(WebsiteId website, PhoneNumber phone, EmailAddress email) {
        if (email != null && live(new Key(website, email.fingerprint(secret)))) {
            return Optional.of(Match.EMAIL);
        }
        if (phone != null && live(new Key(website, phone.fingerprint(secret)))) {
            return Optional.of(Match.PHONE);
        }
        return Optional.empty();
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

    private boolean live(Key key) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return false;
            }
            if (!now.isBefore(entry.until())) {
                entries.remove(key);
                return false;
            }
            return true;
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
