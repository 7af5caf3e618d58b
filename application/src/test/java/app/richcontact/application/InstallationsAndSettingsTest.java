package app.richcontact.application;

import app.richcontact.domain.ContactCare;
import static app.richcontact.application.CoreFixture.TOKEN;
import static app.richcontact.application.CoreFixture.WEBSITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.richcontact.application.port.in.InstallationEvent;
import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase.TokenVerdict;
import app.richcontact.application.port.in.WebsiteNotInstalledException;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Channel;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SettingsChange;
import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InstallationsAndSettingsTest {

    private static final WebsiteSettings CUSTOM = new WebsiteSettings(true, false, Set.of(new Channel("telegram")),
            List.of(new Segment("vip")), false, true, ContactCare.DEFAULTS);

    private final CoreFixture fixture = new CoreFixture().installed(WebsiteSettings.DEFAULTS);

    @Test
    void settings_are_read_from_memory_without_any_crisp_call() {
        assertEquals(WebsiteSettings.DEFAULTS, fixture.core.readSettings().read(WEBSITE));
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void saved_settings_go_to_crisp_and_are_used_at_once() {
        fixture.core.saveSettings().save(WEBSITE, CUSTOM);
        assertEquals(Optional.of(CUSTOM), fixture.installations.storedSettings(WEBSITE));
        assertEquals(CUSTOM, fixture.core.readSettings().read(WEBSITE));
        assertEquals(1, fixture.calls.total());
    }

    @Test
    void settings_crisp_refused_to_store_are_not_used() {
        fixture.installations.failures().failNext(new OutboundFailure(FailureCause.REJECTED, "crisp answered 400"));
        assertThrows(OutboundFailure.class, () -> fixture.core.saveSettings().save(WEBSITE, CUSTOM));
        assertEquals(WebsiteSettings.DEFAULTS, fixture.core.readSettings().read(WEBSITE));
    }

    @Test
    void settings_of_a_website_without_the_plugin_cannot_be_read_or_saved() {
        WebsiteId stranger = new WebsiteId(UUID.randomUUID().toString());
        assertThrows(WebsiteNotInstalledException.class, () -> fixture.core.readSettings().read(stranger));
        assertThrows(WebsiteNotInstalledException.class, () -> fixture.core.saveSettings().save(stranger, CUSTOM));
        assertEquals(1, fixture.calls.of("installations.find"), "the absence is remembered");
    }

    @Test
    void a_token_is_valid_only_for_its_own_website() {
        WebsiteId stranger = new WebsiteId(UUID.randomUUID().toString());
        assertEquals(TokenVerdict.VALID, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN));
        assertEquals(TokenVerdict.WRONG_TOKEN, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN + "x"));
        assertEquals(TokenVerdict.WRONG_TOKEN, fixture.core.verifyWebsiteToken().verify(WEBSITE, null));
        assertEquals(TokenVerdict.NOT_INSTALLED, fixture.core.verifyWebsiteToken().verify(stranger, TOKEN));
    }

    @Test
    void a_website_installed_seconds_ago_is_verified_with_one_lookup_then_from_memory() {
        WebsiteId fresh = new WebsiteId(UUID.randomUUID().toString());
        fixture.installations.install(new Installation(fresh, WebsiteToken.of("fresh-token"), WebsiteSettings.DEFAULTS));
        assertEquals(TokenVerdict.VALID, fixture.core.verifyWebsiteToken().verify(fresh, "fresh-token"));
        assertEquals(TokenVerdict.VALID, fixture.core.verifyWebsiteToken().verify(fresh, "fresh-token"));
        assertEquals(1, fixture.calls.total());
    }

    @Test
    void a_website_found_absent_is_asked_about_again_after_a_minute() {
        WebsiteId later = new WebsiteId(UUID.randomUUID().toString());
        assertEquals(TokenVerdict.NOT_INSTALLED, fixture.core.verifyWebsiteToken().verify(later, "t"));
        fixture.installations.install(new Installation(later, WebsiteToken.of("t"), WebsiteSettings.DEFAULTS));
        assertEquals(TokenVerdict.NOT_INSTALLED, fixture.core.verifyWebsiteToken().verify(later, "t"));
        fixture.clock.advance(Duration.ofMinutes(1));
        assertEquals(TokenVerdict.VALID, fixture.core.verifyWebsiteToken().verify(later, "t"));
        assertEquals(2, fixture.calls.total());
    }

    @Test
    void an_install_event_loads_the_website_even_if_it_was_just_found_absent() {
        WebsiteId fresh = new WebsiteId(UUID.randomUUID().toString());
        assertEquals(TokenVerdict.NOT_INSTALLED, fixture.core.verifyWebsiteToken().verify(fresh, "t"));
        fixture.installations.install(new Installation(fresh, WebsiteToken.of("t"), CUSTOM));
        fixture.core.trackInstallations().handle(new InstallationEvent.Installed(fresh));
        assertEquals(CUSTOM, fixture.core.readSettings().read(fresh));
    }

    @Test
    void settings_saved_on_crisps_side_replace_those_in_memory() {
        fixture.core.trackInstallations().handle(new InstallationEvent.SettingsSaved(WEBSITE,
                new SettingsChange(SettingsDocument.write(CUSTOM))));
        assertEquals(CUSTOM, fixture.core.readSettings().read(WEBSITE));
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void a_settings_event_with_only_the_changed_keys_keeps_every_other_key_as_cached() {
        fixture.core.trackInstallations().handle(new InstallationEvent.SettingsSaved(WEBSITE,
                new SettingsChange(SettingsDocument.write(CUSTOM))));

        fixture.core.trackInstallations().handle(new InstallationEvent.SettingsSaved(WEBSITE,
                new SettingsChange(Map.of(SettingsDocument.GEOLOCATION, false))));

        WebsiteSettings merged = fixture.core.readSettings().read(WEBSITE);
        assertEquals(false, merged.geolocation());
        assertEquals(CUSTOM.segments(), merged.segments(), "a key absent from the event keeps its cached value");
        assertEquals(CUSTOM.channels(), merged.channels());
        assertEquals(CUSTOM.allChannels(), merged.allChannels());
        assertEquals(CUSTOM.skipIfEmailExists(), merged.skipIfEmailExists());
        assertEquals(0, fixture.calls.total());
    }

    @Test
    void a_partial_settings_event_for_a_website_not_in_memory_reads_its_settings_once_rather_than_guess() {
        WebsiteId unseen = new WebsiteId(UUID.randomUUID().toString());
        fixture.installations.install(new Installation(unseen, WebsiteToken.of("t"), CUSTOM));

        fixture.core.trackInstallations().handle(new InstallationEvent.SettingsSaved(unseen,
                new SettingsChange(Map.of(SettingsDocument.ENABLED, true))));

        assertEquals(1, fixture.calls.of("installations.find"));
        assertEquals(CUSTOM, fixture.core.readSettings().read(unseen), "what Crisp holds, not defaults plus the event");
    }

    @Test
    void an_uninstalled_website_is_forgotten() {
        fixture.installations.uninstall(WEBSITE);
        fixture.core.trackInstallations().handle(new InstallationEvent.Uninstalled(WEBSITE));
        assertEquals(TokenVerdict.NOT_INSTALLED, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN));
    }

    @Test
    void a_full_load_drops_websites_no_longer_listed_and_counts_those_installed() {
        WebsiteId other = new WebsiteId(UUID.randomUUID().toString());
        fixture.installations.install(new Installation(other, WebsiteToken.of("t"), CUSTOM));
        fixture.installations.uninstall(WEBSITE);
        assertEquals(1, fixture.core.loadInstallations().loadAll());
        assertEquals(CUSTOM, fixture.core.readSettings().read(other));
        assertEquals(TokenVerdict.NOT_INSTALLED, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN));
    }

    @Test
    void lookups_of_unknown_websites_from_the_open_web_are_limited_for_the_whole_process() {
        for (int i = 0; i < 25; i++) {
            fixture.core.verifyWebsiteToken().verify(new WebsiteId(UUID.randomUUID().toString()), "guess");
        }
        assertEquals(10, fixture.calls.of("installations.find"), "a burst, then nothing");
        fixture.clock.advance(Duration.ofSeconds(60));
        for (int i = 0; i < 25; i++) {
            fixture.core.verifyWebsiteToken().verify(new WebsiteId(UUID.randomUUID().toString()), "guess");
        }
        assertEquals(20, fixture.calls.of("installations.find"), "then one every six seconds");
    }

    @Test
    void a_reinstall_whose_lookup_fails_keeps_what_was_known() {
        fixture.installations.failures().failNext(new OutboundFailure(FailureCause.UNAVAILABLE, "crisp answered 503"));
        fixture.core.trackInstallations().handle(new InstallationEvent.Installed(WEBSITE));
        assertEquals(TokenVerdict.VALID, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN));
    }

    @Test
    void a_refresh_forgets_websites_uninstalled_since_and_ends_their_captures() {
        var since = fixture.clock.instant();
        app.richcontact.domain.SessionId session = CoreFixture.newSession();
        fixture.visitorMessage(session, CoreFixture.WHATSAPP);
        fixture.installations.uninstall(WEBSITE);
        assertEquals(1, fixture.core.refreshInstallations().refreshChangedSince(since));
        assertEquals(TokenVerdict.NOT_INSTALLED, fixture.core.verifyWebsiteToken().verify(WEBSITE, TOKEN));
        assertEquals(app.richcontact.domain.SkipReason.NOT_INSTALLED,
                ((app.richcontact.application.port.out.CaptureOutcome.Skipped) fixture.onlyOutcome()).reason());
    }

    @Test
    void a_refresh_reloads_only_what_changed_since() {
        fixture.clock.advance(Duration.ofMinutes(5));
        var since = fixture.clock.instant();
        fixture.installations.save(WEBSITE, CUSTOM);
        fixture.calls.reset();
        assertEquals(1, fixture.core.refreshInstallations().refreshChangedSince(since));
        assertEquals(CUSTOM, fixture.core.readSettings().read(WEBSITE));
        assertEquals(1, fixture.calls.total());
    }
}
