package app.richcontact.application.capture;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.installation.InstallationCache;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.DrainCapturesUseCase;
import app.richcontact.application.port.in.ReadCaptureGaugesUseCase;
import app.richcontact.application.port.out.CaptureOutcomes;
import app.richcontact.application.port.out.ContactCards;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.OriginSightings;
import app.richcontact.application.port.out.TaskScheduler;
import app.richcontact.application.port.out.UpgradeOutcomes;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;

/** Builds the capture services around one shared state and exposes them as in-ports. */
public final class Captures {

    /** Longer than a listener takes to bind a new install (debounced bind, a reconnect or two). */
    static final Duration INSTALL_CATCH_UP_DELAY = Duration.ofSeconds(10);
    static final Duration INSTALL_LOOK_BACK = Duration.ofMinutes(1);

    private final PendingCaptures pending;
    private final CaptureRunner runner;
    private final HandledSessions handled;
    private final SessionContacts sessionContacts;
    private final CaptureConversationUseCase capture;
    private final CatchUpConversationsUseCase catchUp;
    private final DrainCapturesUseCase drain;
    private final CatchUpConversationsService catchUpService;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final Executor workers;

    public Captures(CaptureConfig config, Clock clock, TaskScheduler scheduler, Executor workers,
                    InstallationCache installations, ConversationDirectory conversations,
                    ContactDirectory contacts, ContactCards cards, CaptureOutcomes outcomes,
                    UpgradeOutcomes upgrades, OriginSightings sightings) {
        this.handled = new HandledSessions(clock, config.memory().handledFor(), config.memory().maxSessions());
        this.sessionContacts = new SessionContacts(clock);
        CaptureProcessor processor = new CaptureProcessor(installations, conversations, contacts, sessionContacts, clock);
        this.runner = new CaptureRunner(processor, outcomes, handled, scheduler, workers, config, clock);
        this.pending = new PendingCaptures(config, clock, scheduler, handled, outcomes,
                new OriginCatalog(config.channels(), sightings), runner::run);
        LateEmails lateEmails = new LateEmails(installations, sessionContacts, handled,
                new LateEmailUpgrade(cards, conversations), upgrades, scheduler, workers, config.retries());
        this.capture = new CaptureConversationService(pending, lateEmails);
        this.catchUpService = new CatchUpConversationsService(installations, conversations, pending);
        this.catchUp = catchUpService;
        this.clock = clock;
        this.scheduler = scheduler;
        this.workers = workers;
        this.drain = new DrainCapturesService(pending, runner);
    }

    public CaptureConversationUseCase capture() {
        return capture;
    }

    public CatchUpConversationsUseCase catchUp() {
        return catchUp;
    }

    public DrainCapturesUseCase drain() {
        return drain;
    }

    public ReadCaptureGaugesUseCase gauges() {
        return () -> new ReadCaptureGaugesUseCase.CaptureGauges(pending.openCount(), pending.earlyCount(),
                runner.deferredCount(), runner.runningCount(), handled.size(), runner.deferralCount());
    }

    /**
     * After an install: events of a new website reach us only once the listener has bound it
     * (a few seconds), so a little later its conversations since the install are scanned once.
     *
     * @param installedAfter the website was installed after this moment (now, for an install event;
     *                       the start of the window of the refresh that found it)
     */
    public void catchUpAfterInstall(WebsiteId website, Instant installedAfter) {
        scheduler.schedule(INSTALL_CATCH_UP_DELAY, () -> workers.execute(() -> catchUpService.catchUp(website,
                installedAfter.minus(INSTALL_LOOK_BACK), clock.instant())));
    }

    /** Ends a website's open and waiting captures, for an uninstall. */
    public void dropWebsite(WebsiteId website) {
        pending.dropWebsite(website);
        runner.dropWebsite(website);
    }
}
