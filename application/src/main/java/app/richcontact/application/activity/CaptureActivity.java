package app.richcontact.application.activity;

import app.richcontact.application.activity.Tally.Outcome;
import app.richcontact.application.port.in.ReadActivityUseCase;
import app.richcontact.application.port.in.WebsiteActivity;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import app.richcontact.application.port.out.ListeningStatus;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Hears how captures end and keeps, per website, the counts its settings page shows: memory only,
 * restarting with the process. At most {@link #MAX_WEBSITES} websites are kept; beyond that the
 * one heard of or read least recently is forgotten (its counts then start again, and say since when).
 * Bootstrap composes it with the other listeners of the outcomes out-port.
 */
public final class CaptureActivity implements CaptureOutcomes, ReadActivityUseCase {

    public static final int MAX_WEBSITES = 5_000;
    private static final String UNKNOWN_CHANNEL = "unknown";

    private final Clock clock;
    private final ListeningStatus listening;
    private final int maxWebsites;
    private final Map<WebsiteId, WebsiteLog> websites;
    private final Instant started;
    /** Once a website was forgotten, a website first heard of later may have been counted before. */
    private boolean forgotOne;

    public CaptureActivity(Clock clock, ListeningStatus listening) {
        this(clock, listening, MAX_WEBSITES);
    }

    CaptureActivity(Clock clock, ListeningStatus listening, int maxWebsites) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listening = Objects.requireNonNull(listening, "listening");
        if (maxWebsites < 1) {
            throw new IllegalArgumentException("maxWebsites must be positive");
        }
        this.maxWebsites = maxWebsites;
        this.started = clock.instant();
        this.websites = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<WebsiteId, WebsiteLog> eldest) {
                boolean full = size() > CaptureActivity.this.maxWebsites;
                forgotOne |= full;
                return full;
            }
        };
    }

    @Override
    public void report(CaptureOutcome outcome) {
        String channel = outcome.channel() == null ? UNKNOWN_CHANNEL : outcome.channel().name();
        WebsiteLog log = log(outcome.website());
        if (outcome instanceof CaptureOutcome.Created) {
            log.add(clock.instant(), channel, Outcome.CREATED, "none");
        } else if (outcome instanceof CaptureOutcome.Skipped skipped) {
            log.add(clock.instant(), channel, Outcome.SKIPPED, skipped.reason().label());
        } else if (outcome instanceof CaptureOutcome.Attached attached) {
            // For the owner, a contact already there is why none was made (its conversation was attached to it).
            log.add(clock.instant(), channel, Outcome.SKIPPED, attached.reason().label());
        } else if (outcome instanceof CaptureOutcome.Failed failed) {
            log.add(clock.instant(), channel, Outcome.FAILED, failed.cause().label());
        }
    }

    @Override
    public WebsiteActivity activity(WebsiteId website) {
        WebsiteLog log;
        synchronized (websites) {
            // A website with nothing counted yet is not kept for being read.
            log = websites.get(website);
            if (log == null) {
                log = new WebsiteLog(since());
            }
        }
        return log.read(clock.instant(), listening.now());
    }

    /** How many websites are kept now (for tests of the bound). */
    int websitesKept() {
        synchronized (websites) {
            return websites.size();
        }
    }

    private WebsiteLog log(WebsiteId website) {
        synchronized (websites) {
            return websites.computeIfAbsent(website, w -> new WebsiteLog(since()));
        }
    }

    /** Since when a website's counts run when it is first heard of: the start, unless one was forgotten. */
    private Instant since() {
        return forgotOne ? clock.instant() : started;
    }
}
