package app.richcontact.benchmarks.harness;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CPU time of each live thread of another process, from {@code /proc/<pid>/task/<tid>/stat},
 * so that a measurement can tell the JIT compiler's threads apart from the rest by their kernel
 * names ({@code C1 CompilerThre}, {@code C2 CompilerThre}). Threads that ended between two
 * snapshots are not here: their time is only in the process total.
 *
 * @param ticks clock ticks (1/100 s) used so far, by thread id
 * @param names the kernel name of each thread, by thread id
 */
public record TaskCpu(Map<Long, Long> ticks, Map<Long, String> names) {

    private static final double TICKS_PER_SECOND = 100.0;

    /** JIT compiler threads, as the JDK names them (the kernel keeps the first 15 characters). */
    public static final Predicate<String> JIT = name -> name.startsWith("C1 CompilerThre")
            || name.startsWith("C2 CompilerThre");

    public static TaskCpu of(long pid) {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    ticks.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    names.put(tid, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                } catch (IOException | RuntimeException ended) {
                    // The thread ended while being read.
                }
            }
        } catch (IOException unreadable) {
            return new TaskCpu(Map.of(), Map.of());
        }
        return new TaskCpu(ticks, names);
    }

    /** CPU seconds that the threads matching {@code names} used since {@code before}, new threads counted whole. */
    public double secondsSince(TaskCpu before, Predicate<String> named) {
        long sum = 0;
        for (Map.Entry<Long, Long> thread : ticks.entrySet()) {
            if (named.test(names.get(thread.getKey()))) {
                sum += thread.getValue() - before.ticks.getOrDefault(thread.getKey(), 0L);
            }
        }
        return sum / TICKS_PER_SECOND;
    }

    /**
     * Where the CPU since {@code before} went, by thread group (the kernel name without its
     * digits), largest first: "capture-worker- 1.20 s, HttpClient--Selec 0.80 s, …".
     */
    public String byGroup(TaskCpu before) {
        Map<String, Long> groups = new HashMap<>();
        for (Map.Entry<Long, Long> thread : ticks.entrySet()) {
            long used = thread.getValue() - before.ticks.getOrDefault(thread.getKey(), 0L);
            groups.merge(names.get(thread.getKey()).replaceAll("[0-9]+", "#"), used, Long::sum);
        }
        StringBuilder out = new StringBuilder();
        groups.entrySet().stream().filter(group -> group.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(group -> out.append(out.isEmpty() ? "" : ", ").append(group.getKey())
                        .append(String.format(" %.2f s", group.getValue() / TICKS_PER_SECOND)));
        return out.toString();
    }
}
