package app.richcontact.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs drills side by side, each on a daemon thread of its own (each drill has its own sandbox
 * and plugins), then hands each outcome back in the drills' order; a drill that threw is reported
 * as a missed figure of its section instead.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * @param name   a drill's name in the figures
     * @param start  how each drill runs, given its seed (1, 2, … after {@code firstSeed})
     * @param finish what to do with each outcome, in order
     */
    public static <D, O> void run(Report report, String section, List<D> drills, Function<D, String> name,
                                  long firstSeed, DrillRun<D, O> start,
                                  BiConsumer<Report, O> finish) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(drills.size(), runnable -> {
            Thread thread = new Thread(runnable, "bench-" + section);
            thread.setDaemon(true);
            return thread;
        });
        List<Future<O>> futures = new ArrayList<>();
        long seed = firstSeed;
        for (D drill : drills) {
            long drillSeed = seed++;
            Callable<O> task = () -> start.run(drill, drillSeed);
            futures.add(pool.submit(task));
        }
        for (int i = 0; i < drills.size(); i++) {
            try {
                finish.accept(report, futures.get(i).get(10, TimeUnit.MINUTES));
            } catch (ExecutionException | java.util.concurrent.TimeoutException failed) {
                Throwable cause = failed.getCause() == null ? failed : failed.getCause();
                cause.printStackTrace();
                report.add(new Figure(section, name.apply(drills.get(i)) + ": drill failed (" + cause + ")", Double.NaN,
                        "", "runs", Figure.MISS, "see run.log"));
            }
        }
        pool.shutdownNow();
    }

    /** One drill, with its seed, to its outcome. */
    @FunctionalInterface
    public interface DrillRun<D, O> {
        O run(D drill, long seed) throws Exception;
    }
}
