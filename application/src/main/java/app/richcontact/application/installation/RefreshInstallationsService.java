package app.richcontact.application.installation;

import app.richcontact.application.port.in.RefreshInstallationsUseCase;
import app.richcontact.application.port.out.InstallationChanges;
import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies what changed since a moment: new and updated installations replace what is in memory;
 * uninstalled websites are forgotten and their captures dropped (an uninstall event may have
 * been missed); websites newly installed since are told to {@link NewInstalls} (their install
 * event may never have reached us).
 */
public final class RefreshInstallationsService implements RefreshInstallationsUseCase {

    private final Installations installations;
    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;
    private final NewInstalls newInstalls;

    public RefreshInstallationsService(Installations installations, InstallationCache cache,
                                       Consumer<WebsiteId> dropCaptures, NewInstalls newInstalls) {
        this.installations = installations;
        this.cache = cache;
        this.dropCaptures = dropCaptures;
        this.newInstalls = newInstalls;
    }

    @Override
    public int refreshChangedSince(Instant since) {
        InstallationChanges changes = installations.changedSince(since);
        List<WebsiteId> installed = changes.current().stream().filter(cache::isNewInstall)
                .map(Installation::website).toList();
        changes.current().forEach(cache::put);
        changes.removed().forEach(website -> {
            cache.remove(website);
            dropCaptures.accept(website);
        });
        newInstalls.found(installed, since);
        return changes.current().size() + changes.removed().size();
    }
}
