package app.richcontact.benchmarks.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the machine is doing: load average and CPU time, so that a run says how busy it was. */
public final class Machine {

    private Machine() {
    }

    /** The 1-minute load average, from /proc/loadavg (NaN where unavailable). */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException unavailable) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /** Busy and total jiffies of all CPUs, from /proc/stat, to tell how busy the machine was between two reads. */
    public static long[] cpuJiffies() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] fields = lines.get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < fields.length; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == 4 || i == 5) {
                    idle += value;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException unavailable) {
            return new long[] {0, 0};
        }
    }

    /** CPU time used by this JVM so far, in nanoseconds. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU time (user + system) a process has used so far, in seconds, from /proc/&lt;pid&gt;/stat; 0 if unreadable. */
    public static double processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the name: state is field 3, utime field 14, stime field 15 (1-based in proc(5)).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    /** A resident-memory field (VmRSS, VmHWM) of a process, in KiB, from /proc/&lt;pid&gt;/status; -1 if unreadable. */
    public static long statusKib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
        return -1;
    }
}
