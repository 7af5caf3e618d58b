package app.richcontact.application.port.in;

import app.richcontact.domain.SettingsChange;
import app.richcontact.domain.WebsiteId;

/** A change to a website's installation of the plugin, as Crisp announces it. */
public sealed interface InstallationEvent {

    WebsiteId website();

    /** The website installed (bound) the plugin. */
    record Installed(WebsiteId website) implements InstallationEvent {
    }

    /** The website uninstalled (unbound) the plugin. */
    record Uninstalled(WebsiteId website) implements InstallationEvent {
    }

    /**
     * The website's settings were saved, from our page or from Crisp's side; the event carries
     * the whole document or only the keys that changed.
     */
    record SettingsSaved(WebsiteId website, SettingsChange change) implements InstallationEvent {
    }
}
