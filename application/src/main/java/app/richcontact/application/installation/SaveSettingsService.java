package app.richcontact.application.installation;

import app.richcontact.application.port.in.SaveSettingsUseCase;
import app.richcontact.application.port.in.WebsiteNotInstalledException;
import app.richcontact.application.port.out.SettingsStore;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;

/** Saves settings in Crisp first, then in memory, so memory never holds what Crisp refused. */
public final class SaveSettingsService implements SaveSettingsUseCase {

    private final InstallationCache cache;
    private final SettingsStore store;

    public SaveSettingsService(InstallationCache cache, SettingsStore store) {
        this.cache = cache;
        this.store = store;
    }

    @Override
    public WebsiteSettings save(WebsiteId website, WebsiteSettings settings) {
        if (cache.resolveUntrusted(website).isEmpty()) {
            throw new WebsiteNotInstalledException(website);
        }
        store.save(website, settings);
        cache.updateSettings(website, settings);
        return settings;
    }
}
