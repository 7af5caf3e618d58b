package app.richcontact.application.installation;

import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every installation and its settings, in memory: the only place settings are read from while
 * capturing. A website not in memory is looked up in Crisp once (it may have installed seconds
 * ago); a website found absent is not asked about again for a while.
 */
public final class InstallationCache {

    private static final int MAX_REMEMBERED_ABSENT = 10_000;

    private final Installations source;
    private final Clock clock;
    private final Duration absentMemory;
    private final Map<WebsiteId, Installation> installed = new ConcurrentHashMap<>();
    private final Map<WebsiteId, Instant> absentUntil = new ConcurrentHashMap<>();

    public InstallationCache(Installations source, Clock clock, Duration absentMemory) {
        this.source = source;
        this.clock = clock;
        this.absentMemory = absentMemory;
    }

    /** From memory, else from one lookup in Crisp, which may throw an {@code OutboundFailure}. */
    public Optional<Installation> resolve(WebsiteId website) {
        Installation known = installed.get(website);
        if (known != null) {
            return Optional.of(known);
        }
        Instant until = absentUntil.get(website);
        if (until != null && clock.instant().isBefore(until)) {
            return Optional.empty();
        }
        Optional<Installation> found = source.find(website);
        found.ifPresentOrElse(this::put, () -> rememberAbsent(website));
        return found;
    }

    public Collection<Installation> all() {
        return List.copyOf(installed.values());
    }

    public void put(Installation installation) {
        absentUntil.remove(installation.website());
        installed.put(installation.website(), installation);
    }

    /** Replaces everything known with a full listing; returns the websites that disappeared. */
    public List<WebsiteId> replaceAll(Collection<Installation> installations) {
        Map<WebsiteId, Installation> fresh = new java.util.HashMap<>();
        installations.forEach(installation -> fresh.put(installation.website(), installation));
        List<WebsiteId> gone = installed.keySet().stream().filter(id -> !fresh.containsKey(id)).toList();
        installations.forEach(this::put);
        gone.forEach(installed::remove);
        return gone;
    }

    /** Applies new settings if the website is known; returns false when it is not. */
    public boolean updateSettings(WebsiteId website, WebsiteSettings settings) {
        return installed.computeIfPresent(website, (id, installation) -> installation.withSettings(settings)) != null;
    }

    public void remove(WebsiteId website) {
        installed.remove(website);
    }

    /** Forgets that a website was absent, so that the next lookup asks Crisp again. */
    public void forgetAbsence(WebsiteId website) {
        absentUntil.remove(website);
    }

    public int size() {
        return installed.size();
    }

    private void rememberAbsent(WebsiteId website) {
        if (absentUntil.size() >= MAX_REMEMBERED_ABSENT) {
            absentUntil.clear();
        }
        absentUntil.put(website, clock.instant().plus(absentMemory));
    }
}
