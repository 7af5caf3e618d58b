package app.richcontact.sandbox;

/**
 * A website that installed the plugin.
 *
 * @param websiteId Crisp's website id
 * @param name the website's name
 * @param token the per-website secret that authenticates the plugin's settings page
 */
public record InstalledWebsite(String websiteId, String name, String token) {
}
