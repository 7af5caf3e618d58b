package app.richcontact.application.installation;

import app.richcontact.application.port.in.LoadInstallationsUseCase;
import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replaces the cache with Crisp's full list; websites no longer listed count as uninstalled.
 * After the first load, websites newly installed since the previous load are told to
 * {@link NewInstalls} (neither their event nor a refresh brought them).
 */
public final class LoadInstallationsService implements LoadInstallationsUseCase {

    private final Installations installations;
    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;
    private final NewInstalls newInstalls;
    private final Clock clock;
    private volatile Instant previousLoad;

    public LoadInstallationsService(Installations installations, InstallationCache cache,
                                    Consumer<WebsiteId> dropCaptures, NewInstalls newInstalls, Clock clock) {
        this.installations = installations;
        this.cache = cache;
        this.dropCaptures = dropCaptures;
        this.newInstalls = newInstalls;
        this.clock = clock;
    }

    @Override
    public int loadAll() {
        Instant started = clock.instant();
        List<Installation> listed = installations.all();
        // The first load is not news: the event sources start after it, binding every website listed.
        List<WebsiteId> installed = previousLoad == null ? List.of()
                : listed.stream().filter(cache::isNewInstall).map(Installation::website).toList();
        cache.replaceAll(listed, started).forEach(dropCaptures);
        if (previousLoad != null) {
            newInstalls.found(installed, previousLoad);
        }
        previousLoad = started;
        return cache.size();
    }
}
