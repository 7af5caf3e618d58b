package app.richcontact.application;

import static app.richcontact.application.CoreFixture.PHONE;
import static app.richcontact.application.CoreFixture.TOKEN;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static app.richcontact.application.CoreFixture.WHATSAPP;
import static app.richcontact.application.CoreFixture.newSession;
import static app.richcontact.application.CoreFixture.visitor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Origin;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Crisp may announce a new install only to sockets already bound to it, so the application
 * treats every way it learns of one alike: the event sources are asked to include it, and its
 * conversations since it may have been installed are caught up.
 */
class NewInstallsTest {

    private static final Duration CATCH_UP_DELAY = Duration.ofSeconds(10);

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);
    private final WebsiteId newcomer = new WebsiteId(UUID.randomUUID().toString());

    private void installedInCrisp(WebsiteId website, String token) {
        fixture.installations.install(new Installation(website, WebsiteToken.of(token), WebsiteSettings.DEFAULTS));
    }

    @Test
    void the_first_load_is_no_news_since_the_event_sources_start_after_it_with_every_website() {
        assertEquals(0, fixture.newInstallsTold.get());
    }

    @Test
    void an_install_event_asks_the_event_sources_to_include_it_even_when_its_lookup_fails() {
        fixture.installations.failures().failNext(new OutboundFailure(FailureCause.UNAVAILABLE, "crisp answered 503"));

        fixture.core.trackInstallations().handle(new InstallationEvent.Installed(newcomer));

        assertEquals(1, fixture.newInstallsTold.get());
    }

    @Test
    void a_website_the_refresh_finds_installed_is_included_and_its_conversations_since_the_window_are_caught_up() {
        Instant since = fixture.clock.instant();
        fixture.clock.advance(Duration.ofMinutes(2));
        installedInCrisp(newcomer, "t");
        fixture.conversations.put(newcomer, newSession(), new Origin(WHATSAPP), fixture.clock.instant(),
                visitor(PHONE, null, null, null), null);
        // The refresh comes long after the install and its first conversation (every 10 minutes).
        fixture.clock.advance(Duration.ofMinutes(8));

        fixture.core.refreshInstallations().refreshChangedSince(since);
        fixture.scheduler.advance(CATCH_UP_DELAY);
        fixture.windowCloses();

        assertEquals(1, fixture.newInstallsTold.get());
        assertEquals(1, fixture.contacts.contactsOf(newcomer).size(), "its first conversation got its contact");
    }

    @Test
    void a_refresh_that_only_updates_known_websites_is_no_news() {
        Instant since = fixture.clock.instant();
        fixture.installations.save(WEBSITE, WebsiteSettings.DEFAULTS);

        fixture.core.refreshInstallations().refreshChangedSince(since);

        assertEquals(0, fixture.newInstallsTold.get());
    }

    @Test
    void a_website_installed_again_with_a_new_token_while_we_heard_nothing_is_news() {
        Instant since = fixture.clock.instant();
        installedInCrisp(WEBSITE, TOKEN + "-again");

        fixture.core.refreshInstallations().refreshChangedSince(since);

        assertEquals(1, fixture.newInstallsTold.get());
    }

    @Test
    void a_full_reload_that_finds_a_website_nothing_else_brought_is_news() {
        installedInCrisp(newcomer, "t");

        fixture.core.loadInstallations().loadAll();

        assertEquals(1, fixture.newInstallsTold.get());
    }

    @Test
    void a_settings_page_opened_on_a_website_installed_seconds_ago_finds_it_and_it_is_news() {
        installedInCrisp(newcomer, "t");

        fixture.core.readSettings().read(newcomer);
        fixture.core.readSettings().read(newcomer);

        assertEquals(1, fixture.newInstallsTold.get(), "once: the second read is from memory");
    }
}
