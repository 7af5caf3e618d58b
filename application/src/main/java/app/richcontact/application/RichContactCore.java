package app.richcontact.application;

import app.richcontact.application.capture.Captures;
import app.richcontact.application.installation.InstallationCache;
import app.richcontact.application.installation.LoadInstallationsService;
import app.richcontact.application.installation.NewInstalls;
import app.richcontact.application.installation.ReadSettingsService;
import app.richcontact.application.installation.CatchUpAfterGapService;
import app.richcontact.application.installation.RefreshInstallationsService;
import app.richcontact.application.installation.SaveSettingsService;
import app.richcontact.application.installation.TrackInstallationsService;
import app.richcontact.application.installation.VerifyWebsiteTokenService;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.DrainCapturesUseCase;
import app.richcontact.application.port.in.LoadInstallationsUseCase;
import app.richcontact.application.port.in.ReadCaptureGaugesUseCase;
import app.richcontact.application.port.in.ReadSettingsUseCase;
import app.richcontact.application.port.in.RefreshInstallationsUseCase;
import app.richcontact.application.port.in.SaveSettingsUseCase;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase;
import app.richcontact.application.port.out.CaptureOutcomes;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.EventSubscriptions;
import app.richcontact.application.port.out.Installations;
import app.richcontact.application.port.out.OriginSightings;
import app.richcontact.application.port.out.SettingsStore;
import app.richcontact.application.port.out.TaskScheduler;
import app.richcontact.application.port.out.UpgradeOutcomes;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;

/**
 * The application, built from its out-ports: every in-port an inbound adapter may call.
 * {@code workers} runs the captures (they block on Crisp requests); {@code scheduler} is the
 * one timer for windows and retries; {@code outcomes} hears how each capture ended and
 * {@code sightings} of each integration origin seen for the first time; {@code upgrades} hears how
 * each late-email upgrade of a placeholder contact ended.
 */
public final class RichContactCore {

    /** How long a website found not installed is not asked about again. */
    private static final Duration ABSENT_WEBSITE_MEMORY = Duration.ofMinutes(1);

    private final Captures captures;
    private final ReadSettingsUseCase readSettings;
    private final SaveSettingsUseCase saveSettings;
    private final VerifyWebsiteTokenUseCase verifyWebsiteToken;
    private final TrackInstallationsUseCase trackInstallations;
    private final LoadInstallationsUseCase loadInstallations;
    private final RefreshInstallationsUseCase refreshInstallations;
    private final CatchUpConversationsUseCase catchUpConversations;

    /** @param subscriptions told whenever the application learns of a new install, whichever way */
    public RichContactCore(CaptureConfig config, Clock clock, TaskScheduler scheduler, Executor workers,
                           Installations installations, SettingsStore settingsStore,
                           ConversationDirectory conversations, ContactDirectory contacts, ContactCards cards,
                           CaptureOutcomes outcomes, UpgradeOutcomes upgrades, OriginSightings sightings,
                           EventSubscriptions subscriptions) {
        // The captures are built after the cache that they read, and catch new installs up: reached through this.
        NewInstalls newInstalls = new NewInstalls(subscriptions, this::catchUpAfterInstall);
        InstallationCache cache = new InstallationCache(installations, clock, ABSENT_WEBSITE_MEMORY, newInstalls);
        this.captures = new Captures(config, clock, scheduler, workers, cache, conversations, contacts, cards, outcomes,
                upgrades, sightings);
        this.readSettings = new ReadSettingsService(cache);
        this.saveSettings = new SaveSettingsService(cache, settingsStore);
        this.verifyWebsiteToken = new VerifyWebsiteTokenService(cache);
        this.trackInstallations = new TrackInstallationsService(cache, captures::dropWebsite, newInstalls, clock);
        this.loadInstallations = new LoadInstallationsService(installations, cache, captures::dropWebsite, newInstalls,
                clock);
        this.refreshInstallations = new RefreshInstallationsService(installations, cache, captures::dropWebsite,
                newInstalls, clock);
        this.catchUpConversations = new CatchUpAfterGapService(refreshInstallations, captures.catchUp());
    }

    private void catchUpAfterInstall(WebsiteId website, Instant installedAfter) {
        captures.catchUpAfterInstall(website, installedAfter);
    }

    public CaptureConversationUseCase captureConversation() {
        return captures.capture();
    }

    public CatchUpConversationsUseCase catchUpConversations() {
        return catchUpConversations;
    }

    public DrainCapturesUseCase drainCaptures() {
        return captures.drain();
    }

    public ReadCaptureGaugesUseCase readCaptureGauges() {
        return captures.gauges();
    }

    public ReadSettingsUseCase readSettings() {
        return readSettings;
    }

    public SaveSettingsUseCase saveSettings() {
        return saveSettings;
    }

    public VerifyWebsiteTokenUseCase verifyWebsiteToken() {
        return verifyWebsiteToken;
    }

    public TrackInstallationsUseCase trackInstallations() {
        return trackInstallations;
    }

    public LoadInstallationsUseCase loadInstallations() {
        return loadInstallations;
    }

    public RefreshInstallationsUseCase refreshInstallations() {
        return refreshInstallations;
    }
}
