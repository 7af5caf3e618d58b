package app.richcontact.application.capture;

import app.richcontact.application.CaptureConfig;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.CaptureOutcomes;
import app.richcontact.application.port.out.TaskScheduler;
import app.richcontact.domain.Channel;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.Origin;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.VisitorDetails;
import app.richcontact.domain.WebsiteId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The collection windows. A capture opens on its trigger and stays open for the window, learning
 * what events say about the visitor; details that arrive before the trigger wait, for a short
 * while, in an early capture. One timer serves every window: windows share one length, so
 * insertion order is closing order. Both maps are bounded: when the open ones are full the
 * oldest closes early (and is processed); when early ones are full the oldest is forgotten.
 * Closed captures go to {@code closer} outside the lock.
 */
final class PendingCaptures {

    private final CaptureConfig config;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final HandledSessions handled;
    private final CaptureOutcomes outcomes;
    private final Consumer<Capture> closer;
    private final OriginCatalog origins;

    private final LinkedHashMap<SessionKey, Capture> open = new LinkedHashMap<>();
    private final LinkedHashMap<SessionKey, Capture> early = new LinkedHashMap<>();
    private TaskScheduler.Cancellable timer;
    private Instant timerDueAt;
    /** Which timer is current: one that fired while being cancelled finds itself outdated. */
    private long timerGeneration;
    private boolean draining;

    PendingCaptures(CaptureConfig config, Clock clock, TaskScheduler scheduler, HandledSessions handled,
                    CaptureOutcomes outcomes, OriginCatalog origins, Consumer<Capture> closer) {
        this.config = config;
        this.clock = clock;
        this.scheduler = scheduler;
        this.handled = handled;
        this.outcomes = outcomes;
        this.closer = closer;
        this.origins = origins;
    }

    /** The first visitor message from a channel opens the capture; one from elsewhere settles the session. */
    void visitorMessage(SessionKey key, Origin origin, Nickname nickname) {
        origins.saw(origin);
        List<Capture> closing = new ArrayList<>(1);
        synchronized (this) {
            if (draining || handled.contains(key)) {
                return;
            }
            Capture capture = open.get(key);
            if (capture != null) {
                capture.learn(VisitorDetails.NONE.withNickname(nickname));
                return;
            }
            Optional<Channel> channel = config.channels().channelOf(origin);
            capture = early.remove(key);
            if (channel.isEmpty()) {
                handled.remember(key);
            } else {
                capture = capture == null ? new Capture(key, clock.instant()) : capture;
                capture.origin(origin);
                capture.learn(new VisitorDetails(null, null, nickname, null));
                openWindow(capture, channel.get(), closing);
            }
        }
        closing.forEach(closer);
    }

    /** The conversation was requested: a trigger when its origin is a known channel. */
    void requested(SessionKey key) {
        List<Capture> closing = new ArrayList<>(1);
        synchronized (this) {
            if (draining || handled.contains(key) || open.containsKey(key)) {
                return;
            }
            Capture capture = earlyCapture(key);
            capture.markRequested();
            openIfTriggered(capture, closing);
        }
        closing.forEach(closer);
    }

    void originChanged(SessionKey key, Origin origin) {
        origins.saw(origin);
        List<Capture> closing = new ArrayList<>(1);
        synchronized (this) {
            if (draining || handled.contains(key)) {
                return;
            }
            Capture capture = open.get(key);
            if (capture != null) {
                capture.origin(origin);
                config.channels().channelOf(origin).ifPresent(capture::channel);
                return;
            }
            capture = earlyCapture(key);
            capture.origin(origin);
            openIfTriggered(capture, closing);
        }
        closing.forEach(closer);
    }

    void detailsChanged(SessionKey key, VisitorDetails details) {
        synchronized (this) {
            if (draining || handled.contains(key)) {
                return;
            }
            Capture capture = open.get(key);
            (capture != null ? capture : earlyCapture(key)).learn(details);
        }
    }

    /** A linked profile settles the session: an open capture ends as already linked. */
    void profileLinked(SessionKey key) {
        Capture cancelled;
        synchronized (this) {
            cancelled = open.remove(key);
            early.remove(key);
            handled.remember(key);
            rearm();
        }
        if (cancelled != null) {
            outcomes.report(new CaptureOutcome.Skipped(key.website(), key.session(), cancelled.channel(),
                    SkipReason.ALREADY_LINKED));
        }
    }

    /** A conversation found by a catch-up: captured at once unless already known. */
    boolean caughtUp(SessionKey key, Origin origin) {
        origins.saw(origin);
        Capture capture;
        synchronized (this) {
            Optional<Channel> channel = config.channels().channelOf(origin);
            if (draining || channel.isEmpty() || handled.contains(key) || open.containsKey(key)) {
                return false;
            }
            capture = early.remove(key);
            capture = capture == null ? new Capture(key, clock.instant()) : capture;
            capture.origin(origin);
            capture.channel(channel.get());
            handled.remember(key);
        }
        closer.accept(capture);
        return true;
    }

    /** Uninstall: open captures end as not installed, early details are forgotten. */
    void dropWebsite(WebsiteId website) {
        List<Capture> dropped = new ArrayList<>();
        synchronized (this) {
            removeWebsite(open, website, dropped);
            removeWebsite(early, website, new ArrayList<>());
            rearm();
        }
        dropped.forEach(capture -> outcomes.report(new CaptureOutcome.Skipped(website,
                capture.key().session(), capture.channel(), SkipReason.NOT_INSTALLED)));
    }

    /** Shutdown: no capture opens any more; every open window closes now. */
    int closeAll() {
        List<Capture> closing;
        synchronized (this) {
            draining = true;
            closing = new ArrayList<>(open.values());
            closing.forEach(capture -> handled.remember(capture.key()));
            open.clear();
            early.clear();
            rearm();
        }
        closing.forEach(closer);
        return closing.size();
    }

    synchronized int openCount() {
        return open.size();
    }

    synchronized int earlyCount() {
        return early.size();
    }

    private Capture earlyCapture(SessionKey key) {
        Capture capture = early.get(key);
        if (capture == null) {
            if (early.size() >= config.collection().maxOpen()) {
                Iterator<Capture> oldest = early.values().iterator();
                oldest.next();
                oldest.remove();
            }
            capture = new Capture(key, clock.instant());
            capture.dueAt(clock.instant().plus(config.collection().earlyDetailsTtl()));
            early.put(key, capture);
            rearm();
        }
        return capture;
    }

    private void openIfTriggered(Capture capture, List<Capture> closing) {
        if (!capture.requested() || capture.origin() == null) {
            return;
        }
        Optional<Channel> channel = config.channels().channelOf(capture.origin());
        early.remove(capture.key());
        if (channel.isEmpty()) {
            handled.remember(capture.key());
        } else {
            openWindow(capture, channel.get(), closing);
        }
    }

    private void openWindow(Capture capture, Channel channel, List<Capture> closing) {
        capture.channel(channel);
        if (config.collection().window().isZero()) {
            handled.remember(capture.key());
            closing.add(capture);
            return;
        }
        if (open.size() >= config.collection().maxOpen()) {
            Iterator<Capture> oldest = open.values().iterator();
            Capture evicted = oldest.next();
            oldest.remove();
            handled.remember(evicted.key());
            closing.add(evicted);
        }
        capture.dueAt(clock.instant().plus(config.collection().window()));
        open.put(capture.key(), capture);
        rearm();
    }

    private void onTimer(long generation) {
        List<Capture> closing = new ArrayList<>();
        synchronized (this) {
            if (generation != timerGeneration) {
                return;
            }
            timer = null;
            timerDueAt = null;
            Instant now = clock.instant();
            for (Iterator<Capture> it = open.values().iterator(); it.hasNext(); ) {
                Capture capture = it.next();
                if (capture.dueAt().isAfter(now)) {
                    break;
                }
                it.remove();
                handled.remember(capture.key());
                closing.add(capture);
            }
            for (Iterator<Capture> it = early.values().iterator(); it.hasNext(); ) {
                if (it.next().dueAt().isAfter(now)) {
                    break;
                }
                it.remove();
            }
            rearm();
        }
        closing.forEach(closer);
    }

    /** Keeps exactly one timer, due at the earliest head of the two maps. Call with the lock held. */
    private void rearm() {
        Instant next = earliest(head(open), head(early));
        if (next == null) {
            cancelTimer();
            return;
        }
        if (timer != null && !timerDueAt.isAfter(next)) {
            return;
        }
        cancelTimer();
        Duration delay = Duration.between(clock.instant(), next);
        timerDueAt = next;
        long generation = ++timerGeneration;
        timer = scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, () -> onTimer(generation));
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
            timerDueAt = null;
            timerGeneration++;
        }
    }

    private static Instant head(LinkedHashMap<SessionKey, Capture> captures) {
        return captures.isEmpty() ? null : captures.values().iterator().next().dueAt();
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static void removeWebsite(LinkedHashMap<SessionKey, Capture> captures, WebsiteId website,
                                      List<Capture> removed) {
        for (Iterator<Capture> it = captures.values().iterator(); it.hasNext(); ) {
            Capture capture = it.next();
            if (capture.key().website().equals(website)) {
                removed.add(capture);
                it.remove();
            }
        }
    }
}
