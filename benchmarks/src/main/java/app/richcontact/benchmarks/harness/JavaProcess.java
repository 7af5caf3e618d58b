package app.richcontact.benchmarks.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Starts a JVM of its own on this run's class path (for measurements that need a clean heap). */
public final class JavaProcess {

    private JavaProcess() {
    }

    /** The extra JVM options for a spawned plugin, from {@code -Dbench.childJvmOptions} (space-separated). */
    public static List<String> childJvmOptions() {
        String options = System.getProperty("bench.childJvmOptions", "").trim();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split(" "));
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The heap ceiling a JVM started with these options would have ({@code MaxHeapSize}, as the
     * JVM itself prints it), in bytes; -1 if it could not be read.
     */
    public static long maxHeapBytes(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor();
            for (String line : out.split("\n")) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 4 && words[1].equals("MaxHeapSize")) {
                    return Long.parseLong(words[3]);
                }
            }
            return -1;
        } catch (IOException | NumberFormatException unreadable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Runs {@code mainClass} with these JVM options and arguments; returns its standard output. */
    public static String run(List<String> jvmOptions, String mainClass, List<String> args, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(mainClass + " exited with " + exit + "; see " + log);
        }
        return out;
    }
}
