package app.richcontact.sandbox.internal.world;

import app.richcontact.sandbox.Geolocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The people profiles of one website, with emails unique case-insensitively. */
public final class WebsiteCrm {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    // Creation order: new profiles land at the end, so a client paging until an empty page
    // while profiles are being added never misses older ones.
    private final ConcurrentSkipListMap<Long, Profile> inOrder = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Profile> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Profile> byEmail = new ConcurrentHashMap<>();

    /**
     * Creates a profile unless one already has this email.
     *
     * @return the new profile, or null when the email is taken
     */
    public Profile create(String email, String nickname, String phone, Geolocation geolocation, List<String> segments,
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
        return true;
    }

    public Profile byId(String peopleId) {
        return byId.get(peopleId);
    }

    public Profile byEmail(String email) {
        return byEmail.get(emailKey(email));
    }

    /** One 1-based page of the profiles matching the search, in creation order. */
    public List<Profile> search(ProfileSearch search, int page, int perPage) {
        long skip = (long) (page - 1) * perPage;
        List<Profile> result = new ArrayList<>(perPage);
        for (Profile profile : inOrder.values()) {
            if (!search.matches(profile)) {
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
