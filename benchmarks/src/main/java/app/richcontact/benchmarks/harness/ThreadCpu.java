package app.richcontact.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this JVM's threads grouped by who they work for (the plugin, the sandbox, the load
 * generator), so that a throughput figure can say where the machine's time went. Only threads
 * whose name tells one owner are attributed; the rest are reported as shared, not guessed:
 * {@code main} runs the load generator and the sandbox's emission (which happens on the caller's
 * thread when events are unspaced), and the JDK's {@code HttpClient-*} threads serve every client
 * in this JVM (the plugin's REST calls, the sandbox's web hooks, the harness's metric reads).
 * What no Java thread accounts for (GC, JIT compiler, threads that ended) is "JVM (GC, JIT) and
 * ended threads".
 */
public final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> cpuById;
    private final Map<Long, String> nameById;
    private final long processNanos;

    private ThreadCpu(Map<Long, Long> cpuById, Map<Long, String> nameById, long processNanos) {
        this.cpuById = cpuById;
        this.nameById = nameById;
        this.processNanos = processNanos;
    }

    public static ThreadCpu now() {
        Map<Long, Long> cpu = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long time = THREADS.getThreadCpuTime(ids[i]);
            if (time >= 0 && infos[i] != null) {
                cpu.put(ids[i], time);
                names.put(ids[i], infos[i].getThreadName());
            }
        }
        return new ThreadCpu(cpu, names, Machine.processCpuNanos());
    }

    /** Seconds of CPU per group between {@code before} and this snapshot, largest first. */
    public Map<String, Double> since(ThreadCpu before) {
        Map<String, Double> groups = new TreeMap<>();
        double threads = 0;
        for (Map.Entry<Long, Long> entry : cpuById.entrySet()) {
            long delta = entry.getValue() - before.cpuById.getOrDefault(entry.getKey(), 0L);
            double seconds = delta / 1e9;
            threads += seconds;
            groups.merge(group(nameById.get(entry.getKey())), seconds, Double::sum);
        }
        groups.merge("JVM (GC, JIT) and ended threads", (processNanos - before.processNanos) / 1e9 - threads,
                Double::sum);
        Map<String, Double> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** {@code group 12.3 s (45%), …} */
    public static String describe(Map<String, Double> groups) {
        double total = groups.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder text = new StringBuilder();
        groups.forEach((group, seconds) -> {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(String.format(Locale.ROOT, "%s %.1f s (%.0f%%)", group, seconds, 100 * seconds / total));
        });
        return text.toString();
    }

    /** Who a thread works for, from the names each component gives its threads; shared when the name tells no one owner. */
    static String group(String name) {
        if (name == null) {
            return "other";
        }
        if (name.startsWith("sandbox-") || name.startsWith("engineio") || name.startsWith("socketio")) {
            return "sandbox";
        }
        if (name.equals("main")) {
            return "shared: main (load generator and sandbox emission)";
        }
        if (name.startsWith("HttpClient")) {
            return "shared: HttpClient threads (plugin REST, sandbox hooks, harness)";
        }
        if (name.startsWith("bench-")) {
            return "load generator";
        }
        if (name.startsWith("capture-") || name.startsWith("crisp-rtm")
                || name.startsWith("JettyServerThreadPool") || name.startsWith("rich-contact")) {
            return "plugin";
        }
        return "other";
    }
}
