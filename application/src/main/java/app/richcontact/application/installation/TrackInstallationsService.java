package app.richcontact.application.installation;

import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies installation events to the cache. An uninstall also drops the website's captures at
 * once; an install is told to {@link NewInstalls} (the event sources include it, its first
 * conversations are caught up) and loads the website (one lookup); a settings event merges the
 * keys it carries into the cached settings, or, for a website not in memory, loads it (one
 * lookup) rather than guess the keys it did not carry.
 */
public final class TrackInstallationsService implements TrackInstallationsUseCase {

    private final InstallationCache cache;
    private final Consumer<WebsiteId> dropCaptures;
    private final NewInstalls newInstalls;
    private final Clock clock;

    public TrackInstallationsService(InstallationCache cache, Consumer<WebsiteId> dropCaptures,
                                     NewInstalls newInstalls, Clock clock) {
        this.cache = cache;
        this.dropCaptures = dropCaptures;
        this.newInstalls = newInstalls;
        this.clock = clock;
    }

    @Override
    public void handle(InstallationEvent event) {
        WebsiteId website = event.website();
        if (event instanceof InstallationEvent.Uninstalled) {
            cache.remove(website);
            dropCaptures.accept(website);
        } else if (event instanceof InstallationEvent.Installed) {
            // Told first: the bind must not wait for the lookup, nor depend on it succeeding.
            newInstalls.found(List.of(website), clock.instant());
            reloadQuietly(website);
        } else if (event instanceof InstallationEvent.SettingsSaved saved
                && !cache.mergeSettings(website, saved.change())) {
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
