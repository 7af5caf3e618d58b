package app.richcontact.application.port.in;

import app.richcontact.domain.WebsiteId;

/** The website has not installed the plugin (or uninstalled it). */
public final class WebsiteNotInstalledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WebsiteNotInstalledException(WebsiteId website) {
        super("website " + website + " has not installed the plugin");
    }
}
