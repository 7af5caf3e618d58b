package app.richcontact.application.installation;

import app.richcontact.domain.ContactCare;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.application.fake.CrispCalls;
import app.richcontact.application.fake.InMemoryInstallations;
import app.richcontact.application.fake.ManualClock;
import app.richcontact.domain.Channel;
import app.richcontact.domain.Installation;
import app.richcontact.domain.Segment;
import app.richcontact.domain.SettingsChange;
import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import app.richcontact.domain.WebsiteToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A listing of installations is a read from the past: it never undoes settings heard after it left. */
class InstallationCacheTest {

    private static final WebsiteId WEBSITE = new WebsiteId(UUID.randomUUID().toString());
    private static final WebsiteToken TOKEN = WebsiteToken.of("t");
    private static final WebsiteSettings CUSTOM = new WebsiteSettings(true, false, Set.of(new Channel("telegram")),
            List.of(new Segment("vip")), false, true, ContactCare.DEFAULTS);

    private final ManualClock clock = new ManualClock();
    private final InstallationCache cache = new InstallationCache(new InMemoryInstallations(new CrispCalls(), clock),
            clock, Duration.ofMinutes(1), new NewInstalls(() -> { }, (website, since) -> { }));

    private WebsiteSettings cached() {
        return cache.all().iterator().next().settings();
    }

    @Test
    void a_listing_that_left_before_a_settings_event_does_not_undo_it_and_a_later_one_applies() {
        cache.put(new Installation(WEBSITE, TOKEN, WebsiteSettings.DEFAULTS));
        Instant listingLeft = clock.instant();
        clock.advance(Duration.ofMillis(5));
        cache.mergeSettings(WEBSITE, new SettingsChange(SettingsDocument.write(CUSTOM)));

        cache.putListed(new Installation(WEBSITE, TOKEN, WebsiteSettings.DEFAULTS), listingLeft);
        assertEquals(CUSTOM, cached(), "the stale listing is ignored");
        cache.replaceAll(List.of(new Installation(WEBSITE, TOKEN, WebsiteSettings.DEFAULTS)), listingLeft);
        assertEquals(CUSTOM, cached(), "so is a stale full listing");

        clock.advance(Duration.ofMillis(5));
        cache.putListed(new Installation(WEBSITE, TOKEN, WebsiteSettings.DEFAULTS), clock.instant());
        assertEquals(WebsiteSettings.DEFAULTS, cached(), "a listing that left after it is newer");
    }
}
