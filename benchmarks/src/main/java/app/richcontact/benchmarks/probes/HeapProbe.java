package app.richcontact.benchmarks.probes;

import app.richcontact.application.port.in.ReadCaptureGaugesUseCase.CaptureGauges;
import app.richcontact.bootstrap.ExecutorTaskScheduler;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.List;

/**
 * Retained heap per pending capture, measured in a JVM of its own (started by the heap section
 * with the serial collector, whose heap use after a full collection is exactly the live data).
 * Opens N captures (10-minute windows, so none closes) through the production path, from RTM
 * JSON to the in-port, and divides the growth of live heap by N. Then does the same for sessions
 * remembered as handled (non-channel conversations), which outlive captures. Windows are timed by
 * production's scheduler, so each open capture's timer counts as in production. Prints one line:
 * {@code captures=N perCapture=B handled=M perHandled=B}.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        ExecutorTaskScheduler timers = new ExecutorTaskScheduler("capture-timer");
        CaptureWorld world = new CaptureWorld(Duration.ofMinutes(10), count * 2, 20, timers);
        long now = System.currentTimeMillis();
        // Warm-up on sessions that stay open too: they are part of the baseline.
        feed(world, 2_000, now);
        long before = liveHeap();
        feed(world, count, now);
        long after = liveHeap();
        CaptureGauges gauges = world.core().readCaptureGauges().gauges();
        long handledBefore = liveHeap();
        for (int i = 0; i < count; i++) {
            String website = world.websites().get(i % world.websites().size());
            String session = CaptureWorld.newSession();
            world.deliver(CaptureWorld.packet("message:send", CaptureWorld.message(website, session, "chat", now)));
        }
        long handledAfter = liveHeap();
        CaptureGauges end = world.core().readCaptureGauges().gauges();
        Reference.reachabilityFence(world);
        timers.close();
        System.out.printf("captures=%d open=%d perCapture=%.1f handled=%d perHandled=%.1f%n", count, gauges.open(),
                (double) (after - before) / count, end.handled() - gauges.handled(),
                (double) (handledAfter - handledBefore) / Math.max(1, end.handled() - gauges.handled()));
    }

    private static void feed(CaptureWorld world, int count, long now) {
        for (int i = 0; i < count; i++) {
            String website = world.websites().get(i % world.websites().size());
            String session = CaptureWorld.newSession();
            String phone = "+3519" + String.format("%08d", i);
            List<String> packets = CaptureWorld.conversationStart(website, session, phone, now);
            packets.forEach(world::deliver);
        }
    }

    /** Heap in use after full collections, once it stops shrinking. */
    static long liveHeap() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= previous) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
