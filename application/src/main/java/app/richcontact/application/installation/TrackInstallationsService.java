package app.richcontact.application.installation;

import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.WebsiteId;
import java.util.function.Consumer;

/**
 * Applies installation events to the cache. An uninstall also drops the website's captures at
 * once; an install or settings change for an unknown website loads it (one lookup), and an
 * install asks for the new website's first conversations to be caught up a little later.
 */
public final class TrackInstallationsService implements TrackInstallationsUseCase {

    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;
    private final Consumer<WebsiteId> catchUpNewInstall;

    public TrackInstallationsService(InstallationCache cache, Consumer<WebsiteId> dropCaptures,
                                     Consumer<WebsiteId> catchUpNewInstall) {
        this.cache = cache;
        this.dropCaptures = dropCaptures;
        this.catchUpNewInstall = catchUpNewInstall;
    }

    @Override
    public void handle(InstallationEvent event) {
        WebsiteId website = event.website();
        if (event instanceof InstallationEvent.Uninstalled) {
            cache.remove(website);
            dropCaptures.accept(website);
        } else if (event instanceof InstallationEvent.Installed) {
            reloadQuietly(website);
            catchUpNewInstall.accept(website);
        } else if (event instanceof InstallationEvent.SettingsSaved saved
                && !cache.updateSettings(website, saved.settings())) {
            reloadQuietly(website);
        }
    }

    /**
     * Reads the website's entry again (its token may be new). A failed read is not an error
     * here: what was known stays, and the next capture or page view looks the website up.
     */
    private void reloadQuietly(WebsiteId website) {
        cache.forgetAbsence(website);
        try {
            cache.reload(website);
        } catch (OutboundFailure lookupFailed) {
            cache.forgetAbsence(website);
        }
    }
}
