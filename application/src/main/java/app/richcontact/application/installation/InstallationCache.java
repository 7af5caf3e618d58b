package app.richcontact.application.installation;

import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.Installation;
import app.richcontact.domain.SettingsChange;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every installation and its settings, in memory: the only place settings are read from while
 * capturing. A website not in memory is looked up in Crisp once (it may have installed seconds
 * ago); a website found absent is not asked about again for a while. Lookups asked for by the
 * open web are limited for the whole process, and go to Crisp as unverified lookups, whose
 * quota is kept apart from what captures need. A lookup that finds a website newly installed
 * (unknown, or known with another token: installed again) tells {@link NewInstalls}.
 */
public final class InstallationCache {

    static final int MAX_REMEMBERED_ABSENT = 10_000;
    static final int UNTRUSTED_LOOKUP_BURST = 10;
    static final Duration UNTRUSTED_LOOKUP_REFILL = Duration.ofSeconds(6);
    /** A known website is re-read for a token that does not match at most this often. */
    static final Duration RECHECK_SPACING = Duration.ofMinutes(1);
    static final int MAX_REMEMBERED_RECHECKS = 10_000;

    private final Installations source;
    private final Clock clock;
    private final Duration absentMemory;
    private final NewInstalls newInstalls;
    private final LookupAllowance untrustedLookups;
    private final Map<WebsiteId, Installation> installed = new ConcurrentHashMap<>();
    private final LinkedHashMap<WebsiteId, Instant> absentUntil = new LinkedHashMap<>();
    private final LinkedHashMap<WebsiteId, Instant> recheckedAt = new LinkedHashMap<>();
    /** When each website's settings last changed by an event or a save here: a listing read before must not undo it. */
    private final Map<WebsiteId, Instant> settingsHeardAt = new ConcurrentHashMap<>();

    public InstallationCache(Installations source, Clock clock, Duration absentMemory, NewInstalls newInstalls) {
        this.source = source;
        this.clock = clock;
        this.absentMemory = absentMemory;
        this.newInstalls = newInstalls;
        this.untrustedLookups = new LookupAllowance(clock, UNTRUSTED_LOOKUP_BURST, UNTRUSTED_LOOKUP_REFILL);
    }

    /**
     * For requests from Crisp (events, captures): from memory, else from one lookup in Crisp,
     * which may throw an {@code OutboundFailure}.
     */
    public Optional<Installation> resolve(WebsiteId website) {
        Installation known = installed.get(website);
        if (known != null) {
            return Optional.of(known);
        }
        if (rememberedAbsent(website)) {
            return Optional.empty();
        }
        return looked(website, source.find(website));
    }

    /**
     * For requests from the open web: as {@link #resolve}, but a website not in memory is looked
     * up only while the process-wide allowance lasts; past it, it reads as not installed.
     */
    public Optional<Installation> resolveUntrusted(WebsiteId website) {
        Installation known = installed.get(website);
        if (known != null) {
            return Optional.of(known);
        }
        if (rememberedAbsent(website) || !untrustedLookups.tryTake()) {
            return Optional.empty();
        }
        return looked(website, source.findForUnverifiedRequest(website));
    }

    /**
     * For a token from the open web that does not match a known website: the installation as
     * Crisp has it now (a reinstall may have changed the token while we heard nothing), read at
     * most once per {@link #RECHECK_SPACING} per website and within the process-wide allowance;
     * empty when no re-check is allowed now. May throw an {@code OutboundFailure}.
     */
    public Optional<Installation> recheckUntrusted(WebsiteId website) {
        synchronized (recheckedAt) {
            Instant last = recheckedAt.get(website);
            Instant now = clock.instant();
            if (last != null && now.isBefore(last.plus(RECHECK_SPACING))) {
                return Optional.empty();
            }
            recheckedAt.remove(website);
            recheckedAt.put(website, now);
            if (recheckedAt.size() > MAX_REMEMBERED_RECHECKS) {
                recheckedAt.remove(recheckedAt.keySet().iterator().next());
            }
        }
        if (!untrustedLookups.tryTake()) {
            return Optional.empty();
        }
        return looked(website, source.findForUnverifiedRequest(website));
    }

    /**
     * Asks Crisp for the website's installation now; keeps what is known if the lookup fails. The
     * caller knows whether it is a new install: nothing is told here.
     */
    public Optional<Installation> reload(WebsiteId website) {
        return apply(website, source.find(website));
    }

    /** A lookup's answer, applied; a website it finds newly installed is told to {@link NewInstalls}. */
    private Optional<Installation> looked(WebsiteId website, Optional<Installation> found) {
        boolean fresh = found.isPresent() && isNewInstall(found.get());
        apply(website, found);
        if (fresh) {
            newInstalls.found(List.of(website), clock.instant());
        }
        return found;
    }

    /** Not in memory, or in memory with another token (it was installed again while we heard nothing). */
    public boolean isNewInstall(Installation installation) {
        Installation known = installed.get(installation.website());
        return known == null || !known.token().equals(installation.token());
    }

    private Optional<Installation> apply(WebsiteId website, Optional<Installation> found) {
        found.ifPresentOrElse(this::put, () -> {
            installed.remove(website);
            rememberAbsent(website);
        });
        return found;
    }

    public Collection<Installation> all() {
        return List.copyOf(installed.values());
    }

    public void put(Installation installation) {
        forgetAbsence(installation.website());
        installed.put(installation.website(), installation);
    }

    /**
     * Puts an installation as a listing read from {@code readFrom} on describes it, unless its
     * settings changed here since (an event or a save heard while the listing was on its way).
     */
    public void putListed(Installation installation, Instant readFrom) {
        Instant heard = settingsHeardAt.get(installation.website());
        if (heard == null || heard.isBefore(readFrom)) {
            put(installation);
        }
    }

    /**
     * Replaces everything known with a full listing read from {@code readFrom} on (as
     * {@link #putListed}); returns the websites that disappeared.
     */
    public List<WebsiteId> replaceAll(Collection<Installation> installations, Instant readFrom) {
        Map<WebsiteId, Installation> fresh = new java.util.HashMap<>();
        installations.forEach(installation -> fresh.put(installation.website(), installation));
        List<WebsiteId> gone = installed.keySet().stream().filter(id -> !fresh.containsKey(id)).toList();
        installations.forEach(installation -> putListed(installation, readFrom));
        gone.forEach(this::remove);
        return gone;
    }

    /** Applies new settings if the website is known; returns false when it is not. */
    public boolean updateSettings(WebsiteId website, WebsiteSettings settings) {
        return heard(website, installed.computeIfPresent(website, (id, installation) -> installation.withSettings(settings)));
    }

    /** Applies the keys a settings event carried over the known settings; returns false when the website is not known. */
    public boolean mergeSettings(WebsiteId website, SettingsChange change) {
        return heard(website, installed.computeIfPresent(website,
                (id, installation) -> installation.withSettings(change.applyTo(installation.settings()))));
    }

    private boolean heard(WebsiteId website, Installation changed) {
        if (changed != null) {
            settingsHeardAt.put(website, clock.instant());
        }
        return changed != null;
    }

    public void remove(WebsiteId website) {
        installed.remove(website);
        settingsHeardAt.remove(website);
    }

    /** Forgets that a website was absent, so that the next lookup asks Crisp again. */
    public void forgetAbsence(WebsiteId website) {
        synchronized (absentUntil) {
            absentUntil.remove(website);
        }
    }

    public int size() {
        return installed.size();
    }

    private boolean rememberedAbsent(WebsiteId website) {
        synchronized (absentUntil) {
            Instant until = absentUntil.get(website);
            return until != null && clock.instant().isBefore(until);
        }
    }

    private void rememberAbsent(WebsiteId website) {
        synchronized (absentUntil) {
            absentUntil.remove(website);
            absentUntil.put(website, clock.instant().plus(absentMemory));
            if (absentUntil.size() > MAX_REMEMBERED_ABSENT) {
                absentUntil.remove(absentUntil.keySet().iterator().next());
            }
        }
    }
}
