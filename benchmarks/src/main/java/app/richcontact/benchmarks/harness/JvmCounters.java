package app.richcontact.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads another JVM's performance counters with {@code jcmd <pid> PerfCounter.print}. */
public final class JvmCounters {

    private JvmCounters() {
    }

    /** {@code java.threads.started}: every thread the JVM has started so far; -1 when unreadable. */
    public static long threadsStarted(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process process = new ProcessBuilder(jcmd, Long.toString(pid), "PerfCounter.print")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            for (String line : out.split("\n")) {
                if (line.startsWith("java.threads.started=")) {
                    return Long.parseLong(line.substring("java.threads.started=".length()).trim());
                }
            }
            return -1;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
