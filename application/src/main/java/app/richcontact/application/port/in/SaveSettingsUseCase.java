package app.richcontact.application.port.in;

import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;

/** Stores a website's new settings in Crisp, then uses them at once. */
@FunctionalInterface
public interface SaveSettingsUseCase {

    /**
     * @throws WebsiteNotInstalledException when the website has not installed the plugin
     * @throws UseCaseFailure               when Crisp did not store them
     */
    WebsiteSettings save(WebsiteId website, WebsiteSettings settings);
}
