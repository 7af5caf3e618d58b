package app.richcontact.domain;

/** A website that installed the plugin: its token and its current settings. */
public record Installation(WebsiteId website, WebsiteToken token, WebsiteSettings settings) {

    public Installation {
        if (website == null || token == null || settings == null) {
            throw new InvalidValueException("installation", "needs a website, a token and settings");
        }
    }

    public Installation withSettings(WebsiteSettings newSettings) {
        return new Installation(website, token, newSettings);
    }
}
