package app.richcontact.benchmarks.harness;

import java.nio.file.Path;
import java.util.List;

/** Reads another JVM's performance counters with {@code jcmd <pid> PerfCounter.print}. */
public final class JvmCounters {

    private JvmCounters() {
    }

    /** {@code java.threads.started}: every thread the JVM has started so far; -1 when unreadable. */
    public static long threadsStarted(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (String line : JavaProcess.output(List.of(jcmd, Long.toString(pid), "PerfCounter.print")).split("\n")) {
            if (line.startsWith("java.threads.started=")) {
                return Long.parseLong(line.substring("java.threads.started=".length()).trim());
            }
        }
        return -1;
    }
}
