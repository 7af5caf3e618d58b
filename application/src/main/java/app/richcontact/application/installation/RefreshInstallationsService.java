package app.richcontact.application.installation;

import app.richcontact.application.port.in.RefreshInstallationsUseCase;
import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.Installation;
import java.time.Instant;
import java.util.List;

/** Reloads the installations that changed since a moment into the cache. */
public final class RefreshInstallationsService implements RefreshInstallationsUseCase {

    private final Installations installations;
    private final InstallationCache cache;

    public RefreshInstallationsService(Installations installations, InstallationCache cache) {
        this.installations = installations;
        this.cache = cache;
    }

    @Override
    public int refreshChangedSince(Instant since) {
        List<Installation> changed = installations.changedSince(since);
        changed.forEach(cache::put);
        return changed.size();
    }
}
