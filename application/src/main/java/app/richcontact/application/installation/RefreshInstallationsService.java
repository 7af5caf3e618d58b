package app.richcontact.application.installation;

import app.richcontact.application.port.in.RefreshInstallationsUseCase;
import app.richcontact.application.port.out.InstallationChanges;
import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.WebsiteId;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Applies what changed since a moment: new and updated installations replace what is in memory;
 * uninstalled websites are forgotten and their captures dropped (an uninstall event may have
 * been missed).
 */
public final class RefreshInstallationsService implements RefreshInstallationsUseCase {

    private final Installations installations;
    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;

    public RefreshInstallationsService(Installations installations, InstallationCache cache,
                                       Consumer<WebsiteId> dropCaptures) {
        this.installations = installations;
        this.cache = cache;
        this.dropCaptures = dropCaptures;
    }

    @Override
    public int refreshChangedSince(Instant since) {
        InstallationChanges changes = installations.changedSince(since);
        changes.current().forEach(cache::put);
        changes.removed().forEach(website -> {
            cache.remove(website);
            dropCaptures.accept(website);
        });
        return changes.current().size() + changes.removed().size();
    }
}
