package app.richcontact.sandbox.internal.world;

import app.richcontact.sandbox.Geolocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The people profiles of one website, with emails unique case-insensitively. Writes are
 * consistent at once (a second create with the same email is refused), but reads may lag them:
 * each profile written while the sandbox runs remembers when, and {@link #visible} tells whether
 * a read with a given lag sees it yet.
 */
public final class WebsiteCrm {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    // Creation order: new profiles land at the end, so a client paging until an empty page
    // while profiles are being added never misses older ones.
    private final ConcurrentSkipListMap<Long, Profile> inOrder = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Profile> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Profile> byEmail = new ConcurrentHashMap<>();
    // When each profile was written, on the CRM's clock (wall time minus {@link #age}); pre-loaded
    // profiles have no entry: they were written long before anyone reads.
    private final ConcurrentHashMap<String, Long> writtenAt = new ConcurrentHashMap<>();

    /**
     * Creates a profile unless one already has this email.
     *
     * @return the new profile, or null when the email is taken
     */
    public Profile create(String email, String nickname, String phone, Geolocation geolocation, List<String> segments,
                          long now) {
        Profile profile = add(email, nickname, phone, geolocation, segments, now);
        if (profile != null) {
            writtenAt.put(profile.peopleId(), now);
        }
        return profile;
    }

    /** Like {@link #create}, for a profile that existed long before: every read sees it at once. */
    public Profile preload(String email, String nickname, String phone, Geolocation geolocation,
                           List<String> segments, long now) {
        return add(email, nickname, phone, geolocation, segments, now);
    }

    /** Whether a read that lags writes by {@code lag} sees {@code profile} at wall time {@code now}. */
    public boolean visible(Profile profile, Duration lag, long now) {
        Long written = writtenAt.get(profile.peopleId());
        return written == null || now - written >= lag.toMillis();
    }

    /** Every write so far counts as {@code elapsed} older (the CRM's clock moves, no one sleeps). */
    public void age(Duration elapsed) {
        writtenAt.replaceAll((id, written) -> written - elapsed.toMillis());
    }

    private Profile add(String email, String nickname, String phone, Geolocation geolocation, List<String> segments,
                        long now) {
        long seq = SEQUENCE.incrementAndGet();
        Profile profile = new Profile(Ids.uuid(), email, nickname, phone, geolocation, segments, now);
        if (byEmail.putIfAbsent(emailKey(email), profile) != null) {
            return null;
        }
        byId.put(profile.peopleId(), profile);
        inOrder.put(seq, profile);
        return profile;
    }

    /** Removes the profile with this id; false when there is none. */
    public boolean delete(String peopleId) {
        Profile profile = byId.remove(peopleId);
        if (profile == null) {
            return false;
        }
        byEmail.remove(emailKey(profile.email()), profile);
        inOrder.values().remove(profile);
        writtenAt.remove(peopleId);
        return true;
    }

    public Profile byId(String peopleId) {
        return byId.get(peopleId);
    }

    public Profile byEmail(String email) {
        return byEmail.get(emailKey(email));
    }

    /** One 1-based page of the {@code indexed} profiles matching the search, in creation order. */
    public List<Profile> search(ProfileSearch search, int page, int perPage, Predicate<Profile> indexed) {
        long skip = (long) (page - 1) * perPage;
        List<Profile> result = new ArrayList<>(perPage);
        for (Profile profile : inOrder.values()) {
            if (!indexed.test(profile) || !search.matches(profile)) {
                continue;
            }
            if (skip > 0) {
                skip--;
                continue;
            }
            result.add(profile);
            if (result.size() == perPage) {
                break;
            }
        }
        return result;
    }

    /** Every profile, oldest first. */
    public List<Profile> all() {
        return new ArrayList<>(inOrder.values());
    }

    private static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
