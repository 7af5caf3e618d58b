package app.richcontact.sandbox.internal.world;

import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.ProfileEvent;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The people profiles of one website, with emails unique case-insensitively. Writes are
 * consistent at once (a second create with the same email is refused), but reads may lag them:
 * each write while the sandbox runs is kept as a version with its time, and {@link #seen} gives
 * the version a read with a given lag answers from. Email subscriptions and profile events are
 * not cached: they read back at once.
 */
public final class WebsiteCrm {

    /** What an update did. */
    public enum Update { UPDATED, NOT_FOUND, EMAIL_TAKEN }

    /** The events kept per profile; older ones are dropped first. */
    public static final int EVENTS_KEPT = 100;

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final int VERSIONS_KEPT = 16;
    // The write time of a pre-loaded profile: long before anyone reads, even after ageCrm.
    private static final long LONG_AGO = Long.MIN_VALUE / 4;

    /** One written state of a profile, on the CRM's clock (wall time minus {@link #age}). */
    private record Version(Profile profile, long writtenAt) {
    }

    // Creation order of people ids: new profiles land at the end, so a client paging until an empty
    // page while profiles are being added never misses older ones.
    private final ConcurrentSkipListMap<Long, String> inOrder = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Profile> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> idByEmail = new ConcurrentHashMap<>();
    // Versions of the profiles written while the sandbox runs, oldest first; pre-loaded profiles
    // never changed have none: every read sees them.
    private final ConcurrentHashMap<String, List<Version>> versions = new ConcurrentHashMap<>();
    private final Set<String> unsubscribed = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Deque<ProfileEvent>> events = new ConcurrentHashMap<>();

    /**
     * Creates a profile unless one already has this email.
     *
     * @return the new profile, or null when the email is taken
     */
    public Profile create(String email, String nickname, String phone, Geolocation geolocation, List<String> segments,
                          long now) {
        Profile profile = add(email, nickname, phone, geolocation, segments, now);
        if (profile != null) {
            versions.put(profile.peopleId(), List.of(new Version(profile, now)));
        }
        return profile;
    }

    /** Like {@link #create}, for a profile that existed long before: every read sees it at once. */
    public Profile preload(String email, String nickname, String phone, Geolocation geolocation,
                           List<String> segments, long now) {
        return add(email, nickname, phone, geolocation, segments, now);
    }

    /**
     * Applies a partial update at once for writes, and as a new version for lagging reads; an email
     * held by another profile refuses the whole update.
     */
    public synchronized Update update(String peopleId, ProfileChange change, long now) {
        Profile current = byId.get(peopleId);
        if (current == null) {
            return Update.NOT_FOUND;
        }
        Profile updated = change.applyTo(current);
        String oldKey = emailKey(current.email());
        String newKey = emailKey(updated.email());
        if (!newKey.equals(oldKey)) {
            if (idByEmail.putIfAbsent(newKey, peopleId) != null) {
                return Update.EMAIL_TAKEN;
            }
            idByEmail.remove(oldKey, peopleId);
        }
        byId.put(peopleId, updated);
        versions.compute(peopleId, (id, before) -> {
            List<Version> next = new ArrayList<>(before == null ? List.of(new Version(current, LONG_AGO)) : before);
            next.add(new Version(updated, now));
            return List.copyOf(next.subList(Math.max(0, next.size() - VERSIONS_KEPT), next.size()));
        });
        return Update.UPDATED;
    }

    /**
     * The version of {@code current} that a read lagging writes by {@code lag} answers from at wall
     * time {@code now}, or null when it sees no version yet (a profile created within the lag).
     */
    public Profile seen(Profile current, Duration lag, long now) {
        List<Version> written = versions.get(current.peopleId());
        if (written == null) {
            return current;
        }
        for (int i = written.size() - 1; i >= 0; i--) {
            if (now - written.get(i).writtenAt() >= lag.toMillis()) {
                return written.get(i).profile();
            }
        }
        return null;
    }

    /** Every write so far counts as {@code elapsed} older (the CRM's clock moves, no one sleeps). */
    public void age(Duration elapsed) {
        versions.replaceAll((id, written) -> written.stream()
                .map(version -> new Version(version.profile(), version.writtenAt() - elapsed.toMillis())).toList());
    }

    private Profile add(String email, String nickname, String phone, Geolocation geolocation, List<String> segments,
                        long now) {
        Profile profile = new Profile(Ids.uuid(), email, nickname, phone, geolocation, segments, now);
        byId.put(profile.peopleId(), profile);
        if (idByEmail.putIfAbsent(emailKey(email), profile.peopleId()) != null) {
            byId.remove(profile.peopleId());
            return null;
        }
        inOrder.put(SEQUENCE.incrementAndGet(), profile.peopleId());
        return profile;
    }

    /** Removes the profile with this id; false when there is none. */
    public synchronized boolean delete(String peopleId) {
        Profile profile = byId.remove(peopleId);
        if (profile == null) {
            return false;
        }
        idByEmail.remove(emailKey(profile.email()), peopleId);
        inOrder.values().remove(peopleId);
        versions.remove(peopleId);
        unsubscribed.remove(peopleId);
        events.remove(peopleId);
        return true;
    }

    public Profile byId(String peopleId) {
        return byId.get(peopleId);
    }

    public Profile byEmail(String email) {
        String peopleId = idByEmail.get(emailKey(email));
        return peopleId == null ? null : byId.get(peopleId);
    }

    /**
     * One 1-based page of the profiles matching the search, in creation order, each as
     * {@code indexed} gives it (null: not indexed yet).
     */
    public List<Profile> search(ProfileSearch search, int page, int perPage, UnaryOperator<Profile> indexed) {
        long skip = (long) (page - 1) * perPage;
        List<Profile> result = new ArrayList<>(perPage);
        for (Profile current : all()) {
            Profile profile = indexed.apply(current);
            if (profile == null || !search.matches(profile)) {
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

    /** Every profile as it is now, oldest first. */
    public List<Profile> all() {
        List<Profile> all = new ArrayList<>(inOrder.size());
        for (String peopleId : inOrder.values()) {
            Profile profile = byId.get(peopleId);
            if (profile != null) {
                all.add(profile);
            }
        }
        return all;
    }

    /** Whether the profile receives email (true unless unsubscribed), or null when there is no such profile. */
    public Boolean emailSubscribed(String peopleId) {
        return byId.containsKey(peopleId) ? !unsubscribed.contains(peopleId) : null;
    }

    /** Subscribes or unsubscribes the profile from email; false when there is no such profile. */
    public boolean emailSubscription(String peopleId, boolean subscribed) {
        if (!byId.containsKey(peopleId)) {
            return false;
        }
        if (subscribed) {
            unsubscribed.remove(peopleId);
        } else {
            unsubscribed.add(peopleId);
        }
        return true;
    }

    /** Adds an event to the profile, dropping its oldest past {@link #EVENTS_KEPT}; false when there is no profile. */
    public boolean addEvent(String peopleId, ProfileEvent event) {
        if (!byId.containsKey(peopleId)) {
            return false;
        }
        Deque<ProfileEvent> kept = events.computeIfAbsent(peopleId, id -> new ArrayDeque<>());
        synchronized (kept) {
            kept.addLast(event);
            while (kept.size() > EVENTS_KEPT) {
                kept.removeFirst();
            }
        }
        return true;
    }

    /** The profile's events, oldest first. */
    public List<ProfileEvent> events(String peopleId) {
        Deque<ProfileEvent> kept = events.get(peopleId);
        if (kept == null) {
            return List.of();
        }
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    private static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
