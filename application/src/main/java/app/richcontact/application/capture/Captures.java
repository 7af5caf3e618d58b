package app.richcontact.application.capture;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.installation.InstallationCache;
import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.DrainCapturesUseCase;
import app.richcontact.application.port.in.ReadCaptureGaugesUseCase;
import app.richcontact.application.port.out.CaptureOutcomes;
import app.richcontact.application.port.out.ContactDirectory;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.OriginSightings;
import app.richcontact.application.port.out.TaskScheduler;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.util.concurrent.Executor;

/** Builds the capture services around one shared state and exposes them as in-ports. */
public final class Captures {

    private final PendingCaptures pending;
    private final CaptureRunner runner;
    private final HandledSessions handled;
    private final CaptureConversationUseCase capture;
    private final CatchUpConversationsUseCase catchUp;
    private final DrainCapturesUseCase drain;

    public Captures(CaptureConfig config, Clock clock, TaskScheduler scheduler, Executor workers,
                    InstallationCache installations, ConversationDirectory conversations,
                    ContactDirectory contacts, CaptureOutcomes outcomes, OriginSightings sightings) {
        this.handled = new HandledSessions(clock, config.handledMemory(), config.maxHandledSessions());
        CaptureProcessor processor = new CaptureProcessor(installations, conversations, contacts);
        this.runner = new CaptureRunner(processor, outcomes, handled, scheduler, workers, config);
        this.pending = new PendingCaptures(config, clock, scheduler, handled, outcomes,
                new OriginCatalog(config.channels(), sightings), runner::run);
        this.capture = new CaptureConversationService(pending);
        this.catchUp = new CatchUpConversationsService(installations, conversations, pending);
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
                runner.deferredCount(), runner.runningCount(), handled.size());
    }

    /** Ends a website's open and waiting captures, for an uninstall. */
    public void dropWebsite(WebsiteId website) {
        pending.dropWebsite(website);
        runner.dropWebsite(website);
    }
}
