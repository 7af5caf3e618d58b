package app.richcontact.application.contract;

import app.richcontact.domain.ContactCare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.port.out.Installations;
import app.richcontact.application.port.out.SettingsStore;
import app.richcontact.domain.Channel;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Segment;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Installations} and {@link SettingsStore} must do. */
public abstract class InstallationsContract {

    protected abstract Installations installations();

    protected abstract SettingsStore store();

    /** Installs the plugin on a new website with these settings; the system under test picks the token. */
    protected abstract Installed givenInstalled(WebsiteSettings settings);

    /** A website with the plugin, and the token that authenticates its settings page. */
    public record Installed(WebsiteId website, String token) {
    }

    /** Uninstalls the plugin from a website installed by {@link #givenInstalled}. */
    protected abstract void givenUninstalled(WebsiteId website);

    protected abstract Instant now();

    private static final WebsiteSettings CUSTOM = new WebsiteSettings(true, false,
            Set.of(new Channel("whatsapp"), new Channel("telegram")), List.of(new Segment("vip")), false, true, ContactCare.DEFAULTS);

    @Test
    void every_installation_is_listed_with_its_token_and_settings() {
        Installed first = givenInstalled(WebsiteSettings.DEFAULTS);
        Installed second = givenInstalled(CUSTOM);
        List<Installation> all = installations().all();
        Installation listedFirst = find(all, first.website());
        Installation listedSecond = find(all, second.website());
        assertTrue(listedFirst.token().matches(first.token()));
        assertTrue(!listedFirst.token().matches(second.token()));
        assertEquals(WebsiteSettings.DEFAULTS, listedFirst.settings());
        assertTrue(listedSecond.token().matches(second.token()));
        assertEquals(CUSTOM, listedSecond.settings());
    }

    @Test
    void one_installation_is_found_by_its_website() {
        Installed installed = givenInstalled(CUSTOM);
        Installation found = installations().find(installed.website()).orElseThrow();
        assertTrue(found.token().matches(installed.token()));
        assertEquals(CUSTOM, found.settings());
    }

    @Test
    void a_website_without_the_plugin_is_not_found() {
        assertEquals(Optional.empty(), installations().find(new WebsiteId(UUID.randomUUID().toString())));
    }

    @Test
    void saved_settings_are_what_is_read_back_and_count_as_a_change() {
        Installed installed = givenInstalled(WebsiteSettings.DEFAULTS);
        WebsiteId website = installed.website();
        Instant before = now().minus(Duration.ofSeconds(1));
        store().save(website, CUSTOM);
        Installation found = installations().find(website).orElseThrow();
        assertEquals(CUSTOM, found.settings());
        assertTrue(found.token().matches(installed.token()), "saving settings keeps the token");
        assertEquals(CUSTOM, find(installations().changedSince(before).current(), website).settings());
    }

    @Test
    void an_uninstall_is_reported_as_a_removal_and_the_website_is_no_longer_found() {
        Installed installed = givenInstalled(WebsiteSettings.DEFAULTS);
        Instant before = now().minus(Duration.ofSeconds(1));
        givenUninstalled(installed.website());
        var changes = installations().changedSince(before);
        assertTrue(changes.removed().contains(installed.website()), changes::toString);
        assertTrue(changes.current().stream().noneMatch(installation -> installation.website().equals(installed.website())));
        assertEquals(Optional.empty(), installations().find(installed.website()));
    }

    private static Installation find(List<Installation> installations, WebsiteId website) {
        return installations.stream().filter(installation -> installation.website().equals(website)).findFirst()
                .orElseThrow(() -> new AssertionError("website " + website + " not listed"));
    }
}
