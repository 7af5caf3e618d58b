package app.richcontact.application.installation;

import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.WebsiteId;
import java.util.function.Consumer;

/**
 * Applies installation events to the cache. An uninstall also drops the website's captures at
 * once; an install or settings change for an unknown website loads it (one lookup).
 */
public final class TrackInstallationsService implements TrackInstallationsUseCase {

    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;

    public TrackInstallationsService(InstallationCache cache, Consumer<WebsiteId> dropCaptures) {
        this.cache = cache;
        this.dropCaptures = dropCaptures;
    }

    @Override
    public void handle(InstallationEvent event) {
        WebsiteId website = event.website();
        if (event instanceof InstallationEvent.Uninstalled) {
            cache.remove(website);
            dropCaptures.accept(website);
        } else if (event instanceof InstallationEvent.Installed) {
            reloadQuietly(website);
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
