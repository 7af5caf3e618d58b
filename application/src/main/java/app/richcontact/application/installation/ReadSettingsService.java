package app.richcontact.application.installation;

import app.richcontact.application.port.in.ReadSettingsUseCase;
import app.richcontact.application.port.in.WebsiteNotInstalledException;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;

/** Reads a website's settings from the installation cache. */
public final class ReadSettingsService implements ReadSettingsUseCase {

    private final InstallationCache cache;

    public ReadSettingsService(InstallationCache cache) {
        this.cache = cache;
    }

    @Override
    public WebsiteSettings read(WebsiteId website) {
        return cache.resolveUntrusted(website).map(Installation::settings)
                .orElseThrow(() -> new WebsiteNotInstalledException(website));
    }
}
