package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprest.RealtimeEndpoints;
import app.richcontact.adapters.crisprtm.CrispRtmConfig;
import app.richcontact.adapters.crisprtm.CrispRtmListener;
import app.richcontact.adapters.crisprtm.RtmEndpoints;
import app.richcontact.application.RichContactCore;
import app.richcontact.application.port.in.DrainCapturesUseCase.DrainReport;
import app.richcontact.application.port.in.EventSource;
import app.richcontact.application.port.out.ActiveDuties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event sources of each term as the active replica: a real-time listener built anew each
 * term (a stopped one cannot start again), its first catch-up reaching back to the previous
 * holder's last renewal, and the one web-hook source, refused between terms.
 */
final class EventSourceTerms implements ActiveDuties {

    private static final Logger LOG = LoggerFactory.getLogger(RichContactServer.class);
    /** No catch-up reaches further back than this, whatever the Lease says: the quota share bounds it anyway. */
    private static final Duration MAX_LOOK_BACK = Duration.ofDays(1);

    private final Optional<CrispRtmConfig> realtime;
    private final RichContactCore core;
    private final Supplier<RealtimeEndpoints> endpoints;
    private final Optional<EventSource> hooks;
    private final Clock clock;
    private volatile List<EventSource> current = List.of();
    private volatile Optional<CrispRtmListener> listener = Optional.empty();

    EventSourceTerms(Optional<CrispRtmConfig> realtime, RichContactCore core, Supplier<RealtimeEndpoints> endpoints,
                     Optional<EventSource> hooks, Clock clock) {
        this.realtime = realtime;
        this.core = core;
        this.endpoints = endpoints;
        this.hooks = hooks;
        this.clock = clock;
        hooks.ifPresent(EventSource::stop);
    }

    @Override
    public synchronized void take(Optional<Instant> catchUpFrom) {
        List<EventSource> term = new ArrayList<>();
        listener = realtime.map(rtm -> new CrispRtmListener(lookingBackTo(rtm, catchUpFrom), core.captureConversation(),
                core.trackInstallations(), core.catchUpConversations(), this::rtmEndpoints, clock));
        listener.ifPresent(term::add);
        hooks.ifPresent(term::add);
        current = List.copyOf(term);
        current.forEach(EventSource::start);
    }

    @Override
    public synchronized void handBack() {
        current.forEach(EventSource::stop);
        current = List.of();
        listener = Optional.empty();
    }

    @Override
    public void handedBack(DrainReport drained) {
        LOG.info("drained {} open captures; {} unfinished at the deadline", drained.closed(), drained.unfinished());
    }

    /** The sources of the term under way; none on a standby. */
    List<EventSource> current() {
        return current;
    }

    /** The real-time listener of the term under way, for its metrics; none on a standby. */
    Optional<CrispRtmListener> listener() {
        return listener;
    }

    private CrispRtmConfig lookingBackTo(CrispRtmConfig rtm, Optional<Instant> from) {
        if (from.isEmpty()) {
            return rtm;
        }
        Duration back = Duration.between(from.get(), clock.instant());
        back = back.isNegative() ? Duration.ZERO : back.compareTo(MAX_LOOK_BACK) > 0 ? MAX_LOOK_BACK : back;
        CrispRtmConfig.CatchUp catchUp = rtm.catchUp();
        return new CrispRtmConfig(rtm.credentials(), rtm.events(), rtm.reconnect(), rtm.limits(),
                new CrispRtmConfig.CatchUp(catchUp.margin(), back, catchUp.spacing()), rtm.bindInterval());
    }

    private RtmEndpoints rtmEndpoints() {
        RealtimeEndpoints found = endpoints.get();
        return new RtmEndpoints(found.primary(), found.rescue());
    }
}
