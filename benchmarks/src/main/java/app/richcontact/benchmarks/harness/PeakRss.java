package app.richcontact.benchmarks.harness;

import java.util.concurrent.atomic.AtomicLong;

/** Samples another process's resident memory (VmRSS) every 200 ms on a daemon thread and keeps the peak. */
public final class PeakRss implements AutoCloseable {

    private final AtomicLong peakKib;
    private final Thread sampler;

    private PeakRss(long pid) {
        this.peakKib = new AtomicLong(Machine.statusKib(pid, "VmRSS"));
        this.sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakKib.accumulateAndGet(Machine.statusKib(pid, "VmRSS"), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "bench-rss-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling {@code pid} now. */
    public static PeakRss of(long pid) {
        PeakRss peak = new PeakRss(pid);
        peak.sampler.start();
        return peak;
    }

    /** The highest VmRSS seen so far, in MiB. */
    public double mib() {
        return peakKib.get() / 1024.0;
    }

    /** Stops sampling; {@link #mib()} keeps the peak seen. */
    @Override
    public void close() {
        sampler.interrupt();
    }
}
