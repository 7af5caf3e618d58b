package app.richcontact.application.installation;

import app.richcontact.application.port.in.RefreshInstallationsUseCase;
import app.richcontact.application.port.out.InstallationChanges;
import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies what changed since a moment: new and updated installations replace what is in memory;
 * uninstalled websites are forgotten and their captures dropped (an uninstall event may have
 * been missed); websites newly installed since are told to {@link NewInstalls} (their install
 * event may never have reached us). Settings heard while the listing was on its way are newer
 * than it and stay.
 */
public final class RefreshInstallationsService implements RefreshInstallationsUseCase {

    private final Installations installations;
    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;
    private final NewInstalls newInstalls;
    private final Clock clock;

    public RefreshInstallationsService(Installations installations, InstallationCache cache,
                                       Consumer<WebsiteId> dropCaptures, NewInstalls newInstalls, Clock clock) {
        this.installations = installations;
        this.cache = cache;
        this.dropCaptures = dropCaptures;
        this.newInstalls = newInstalls;
        this.clock = clock;
    }

    @Override
    public int refreshChangedSince(Instant since) {
        Instant readFrom = clock.instant();
        InstallationChanges changes = installations.changedSince(since);
        List<WebsiteId> installed = changes.current().stream().filter(cache::isNewInstall)
                .map(Installation::website).toList();
        changes.current().forEach(installation -> cache.putListed(installation, readFrom));
        changes.removed().forEach(website -> {
            cache.remove(website);
            dropCaptures.accept(website);
        });
        newInstalls.found(installed, since);
        return changes.current().size() + changes.removed().size();
    }
}
