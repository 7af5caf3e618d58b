package app.richcontact.benchmarks.harness;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * How busy the machine was over an interval, split into this JVM and everything else (the other
 * engineer's tests share these 2 cores), plus this JVM's garbage-collection time.
 */
public final class LoadMeter {

    /** Linux reports /proc/stat in USER_HZ, 100 per second on every common configuration. */
    private static final double JIFFIES_PER_SECOND = 100;

    private final long startNanos = System.nanoTime();
    private final long[] machineStart = Machine.cpuJiffies();
    private final long processStart = Machine.processCpuNanos();
    private final long gcStart = gcMillis();
    private final long threadsStart = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();

    private final long child;
    private final double childStart;

    private LoadMeter(long child) {
        this.child = child;
        this.childStart = child > 0 ? Machine.processCpuSeconds(child) : 0;
    }

    public static LoadMeter start() {
        return new LoadMeter(0);
    }

    /** Also tells apart the CPU of a child process (the plugin run on its own) from the others'. */
    public static LoadMeter start(long childPid) {
        return new LoadMeter(childPid);
    }

    /** Average cores used by other processes, by this JVM, and this JVM's GC time, as text. */
    public String describe() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        long[] machineNow = Machine.cpuJiffies();
        double machineCores = (machineNow[0] - machineStart[0]) / JIFFIES_PER_SECOND / wall;
        double ownCores = (Machine.processCpuNanos() - processStart) / 1e9 / wall;
        double childCores = child > 0 ? (Machine.processCpuSeconds(child) - childStart) / wall : 0;
        String childText = child > 0 ? String.format(Locale.ROOT, "the plugin process %.2f cores, ", childCores) : "";
        return String.format(Locale.ROOT, "over %.0f s: this JVM used %.2f cores, %sother processes %.2f of %d cores, "
                        + "GC pauses %.0f ms, threads started %d", wall, ownCores, childText,
                Math.max(0, machineCores - ownCores - childCores),
                Runtime.getRuntime().availableProcessors(), (double) (gcMillis() - gcStart),
                ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - threadsStart);
    }

    /** Average cores used by other processes (neither this JVM nor the child) since the start. */
    public double otherCores() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        long[] machineNow = Machine.cpuJiffies();
        double machineCores = (machineNow[0] - machineStart[0]) / JIFFIES_PER_SECOND / wall;
        double ownCores = (Machine.processCpuNanos() - processStart) / 1e9 / wall;
        double childCores = child > 0 ? (Machine.processCpuSeconds(child) - childStart) / wall : 0;
        return Math.max(0, machineCores - ownCores - childCores);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long quietBudgetNanos = java.util.concurrent.TimeUnit.SECONDS.toNanos(90);

    /**
     * Before a timing-sensitive measurement: waits (at most 30 s, and 90 s over the whole run) until
     * other processes use less than {@code maxOtherCores} over one second. Returns what it saw, for
     * the figure's note; the measurement goes ahead either way.
     */
    public static synchronized String awaitQuiet(double maxOtherCores) {
        long start = System.nanoTime();
        double other = otherCoresNow(1_000);
        while (other > maxOtherCores && System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(30)
                && System.nanoTime() - start < quietBudgetNanos) {
            other = otherCoresNow(1_000);
        }
        long waited = System.nanoTime() - start;
        quietBudgetNanos -= waited;
        return String.format(Locale.ROOT, "before it other processes used %.2f cores%s", other,
                other > maxOtherCores ? " (the machine did not get quiet: waited " + waited / 1_000_000_000 + " s)" : "");
    }

    /** Samples the other processes' load for a short while: how busy the machine is before a section. */
    public static double otherCoresNow(long millis) {
        LoadMeter meter = start();
        Await.pause(java.time.Duration.ofMillis(millis));
        return meter.otherCores();
    }
}
