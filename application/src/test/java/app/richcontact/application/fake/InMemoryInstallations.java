package app.richcontact.application.fake;

import app.richcontact.application.port.out.InstallationChanges;
import app.richcontact.application.port.out.Installations;
import app.richcontact.application.port.out.SettingsStore;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Installations and their stored settings in memory, with counted calls. */
public final class InMemoryInstallations implements Installations, SettingsStore {

    private final CrispCalls calls;
    private final Clock clock;
    private final ScriptedFailures failures = new ScriptedFailures();
    private final Map<WebsiteId, Entry> entries = new ConcurrentHashMap<>();
    private final Map<WebsiteId, Instant> removedAt = new ConcurrentHashMap<>();

    public InMemoryInstallations(CrispCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public ScriptedFailures failures() {
        return failures;
    }

    public void install(Installation installation) {
        removedAt.remove(installation.website());
        entries.put(installation.website(), new Entry(installation, clock.instant()));
    }

    public void uninstall(WebsiteId website) {
        entries.remove(website);
        removedAt.put(website, clock.instant());
    }

    public Optional<WebsiteSettings> storedSettings(WebsiteId website) {
        return Optional.ofNullable(entries.get(website)).map(entry -> entry.installation().settings());
    }

    @Override
    public List<Installation> all() {
        calls.count("installations.all");
        failures.throwIfScripted();
        return entries.values().stream().map(Entry::installation)
                .sorted(Comparator.comparing(installation -> installation.website().value())).toList();
    }

    @Override
    public InstallationChanges changedSince(Instant since) {
        calls.count("installations.changedSince");
        failures.throwIfScripted();
        return new InstallationChanges(
                entries.values().stream().filter(entry -> !entry.changedAt().isBefore(since)).map(Entry::installation).toList(),
                removedAt.entrySet().stream().filter(removal -> !removal.getValue().isBefore(since)).map(Map.Entry::getKey).toList());
    }

    @Override
    public Optional<Installation> find(WebsiteId website) {
        calls.count("installations.find");
        failures.throwIfScripted();
        return Optional.ofNullable(entries.get(website)).map(Entry::installation);
    }

    /** Counted as a {@code find}: the fake has no quota to keep apart. */
    @Override
    public Optional<Installation> findForUnverifiedRequest(WebsiteId website) {
        return find(website);
    }

    @Override
    public void save(WebsiteId website, WebsiteSettings settings) {
        calls.count("settings.save");
        failures.throwIfScripted();
        Entry entry = entries.get(website);
        if (entry == null) {
            throw new IllegalStateException("saving settings of a website that is not installed");
        }
        entries.put(website, new Entry(entry.installation().withSettings(settings), clock.instant()));
    }

    private record Entry(Installation installation, Instant changedAt) {
    }
}
