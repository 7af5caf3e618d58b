package app.richcontact.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.fake.ManualScheduler;
import app.richcontact.application.port.in.EventSource;
import app.richcontact.application.port.out.InstallationLoadReports;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InstallationScheduleTest {

    private final ManualClock clock = new ManualClock();
    private final ManualScheduler timer = new ManualScheduler(clock);
    private final List<String> reports = new ArrayList<>();
    private final List<Instant> refreshedSince = new ArrayList<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger sourcesStarted = new AtomicInteger();
    private final AtomicInteger refreshFailuresLeft = new AtomicInteger();
    private final AtomicInteger errorsLeft = new AtomicInteger();

    private final InstallationSchedule schedule = new InstallationSchedule(
            () -> {
                if (errorsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    throw new NoClassDefFoundError("a class a load needs failed to initialise");
                }
                if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    throw new IllegalStateException("crisp is down");
                }
                loads.incrementAndGet();
                return 3;
            },
            since -> {
                if (refreshFailuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    throw new IllegalStateException("crisp is down");
                }
                refreshedSince.add(since);
                return 1;
            },
            timer, clock, new InstallationLoadReports() {
                @Override
                public void loaded(int websites, boolean first) {
                    reports.add((first ? "loaded " : "reloaded ") + websites);
                }

                @Override
                public void refreshed(int changed) {
                    reports.add("refreshed " + changed);
                }

                @Override
                public void failed(boolean loading, Throwable failure, Duration retryIn) {
                    reports.add((loading ? "load failed, retry in " : "refresh failed, retry in ") + retryIn);
                }
            }, sourcesStarted::incrementAndGet);

    @Test
    void the_first_load_runs_on_the_starting_thread_then_the_event_sources_start() {
        schedule.start();

        assertTrue(schedule.loaded());
        assertEquals(1, sourcesStarted.get());
        assertEquals(List.of("loaded 3"), reports);
    }

    @Test
    void a_failed_first_load_is_retried_every_30_seconds_and_the_sources_wait_for_it() {
        failuresLeft.set(2);
        schedule.start();
        assertFalse(schedule.loaded());
        assertEquals(0, sourcesStarted.get());

        timer.advance(Duration.ofSeconds(30));
        assertFalse(schedule.loaded());
        timer.advance(Duration.ofSeconds(30));

        assertTrue(schedule.loaded());
        assertEquals(1, sourcesStarted.get());
        assertEquals(List.of("load failed, retry in PT30S", "load failed, retry in PT30S", "loaded 3"), reports);
    }

    @Test
    void a_load_that_fails_with_an_error_on_the_timer_is_still_retried() {
        failuresLeft.set(1);
        schedule.start();
        errorsLeft.set(1);

        timer.advance(Duration.ofSeconds(30));
        timer.advance(Duration.ofSeconds(30));

        assertTrue(schedule.loaded(), reports.toString());
        assertEquals(List.of("load failed, retry in PT30S", "load failed, retry in PT30S", "loaded 3"), reports);
    }

    @Test
    void every_10_minutes_the_changes_are_refreshed_with_a_minute_of_overlap_and_every_6_hours_all_is_reloaded() {
        Instant start = clock.instant();
        schedule.start();

        timer.advance(Duration.ofMinutes(10));
        assertEquals(List.of(start.minus(Duration.ofMinutes(1))), refreshedSince);

        timer.advance(Duration.ofHours(6));
        assertEquals(2, loads.get(), "one full reload within the six hours");
        assertEquals(1, sourcesStarted.get(), "the sources start once");
        assertTrue(reports.contains("reloaded 3"), reports.toString());
    }

    @Test
    void a_failed_refresh_is_reported_and_the_next_one_still_comes() {
        schedule.start();
        refreshFailuresLeft.set(1);

        timer.advance(Duration.ofMinutes(20));

        assertTrue(reports.contains("refresh failed, retry in PT10M"), reports.toString());
        assertEquals(1, refreshedSince.size(), "the refresh after the failed one ran");
        assertEquals(1, timer.scheduledCount());
    }

    @Test
    void once_stopped_nothing_more_is_scheduled() {
        schedule.start();
        schedule.stop();

        timer.advance(Duration.ofHours(1));

        assertEquals(List.of(), refreshedSince);
        assertEquals(0, timer.scheduledCount());
    }

    @Test
    void readiness_of_event_sources_is_ready_when_any_source_is_and_names_every_state() {
        EventSource up = source(true, "real-time events authenticated");
        EventSource down = source(false, "real-time listener CONNECTING");

        assertEquals(new EventSource.Status(true, "real-time listener CONNECTING; events come by web hooks"),
                EventSource.Status.of(List.of(down, source(true, "events come by web hooks"))));
        assertTrue(EventSource.Status.of(List.of(up)).ready());
        assertFalse(EventSource.Status.of(List.of(down)).ready());
        assertFalse(EventSource.Status.of(List.of()).ready());
    }

    private static EventSource source(boolean ready, String description) {
        return new EventSource() {
            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }

            @Override
            public Status status() {
                return new Status(ready, description);
            }
        };
    }
}
