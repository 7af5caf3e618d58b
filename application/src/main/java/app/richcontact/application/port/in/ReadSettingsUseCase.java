package app.richcontact.application.port.in;

import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;

/** Gives a website's current settings, from memory. */
@FunctionalInterface
public interface ReadSettingsUseCase {

    /** @throws WebsiteNotInstalledException when the website has not installed the plugin */
    WebsiteSettings read(WebsiteId website);
}
