package app.richcontact.application.installation;

import app.richcontact.application.port.in.LoadInstallationsUseCase;
import app.richcontact.application.port.out.Installations;
import app.richcontact.domain.WebsiteId;
import java.util.function.Consumer;

/** Replaces the cache with Crisp's full list; websites no longer listed count as uninstalled. */
public final class LoadInstallationsService implements LoadInstallationsUseCase {

    private final Installations installations;
    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;

    public LoadInstallationsService(Installations installations, InstallationCache cache,
                                    Consumer<WebsiteId> dropCaptures) {
        this.installations = installations;
        this.cache = cache;
        this.dropCaptures = dropCaptures;
    }

    @Override
    public int loadAll() {
        cache.replaceAll(installations.all()).forEach(dropCaptures);
        return cache.size();
    }
}
