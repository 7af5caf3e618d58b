package app.richcontact.application.port.out;

import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;

/** Where a website's settings are kept (Crisp stores them; the plugin keeps none). */
@FunctionalInterface
public interface SettingsStore {

    void save(WebsiteId website, WebsiteSettings settings);
}
