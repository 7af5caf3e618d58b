package app.richcontact.benchmarks.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts JVMs and JDK tools of their own: a clean heap for a measurement, or a look at another JVM. */
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

    /** The java a spawned plugin runs on: {@code -Dbench.childJava} (a JDK's home), by default this JVM's. */
    public static String childJava() {
        String home = System.getProperty("bench.childJava", "").trim();
        return home.isEmpty() ? java() : Path.of(home, "bin", "java").toString();
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
        for (String line : output(command).split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 4 && words[1].equals("MaxHeapSize")) {
                return Long.parseLong(words[3]);
            }
        }
        return -1;
    }

    /** What a JDK tool printed (output and errors; its exit awaited at most 30 s), or "" if it could not run. */
    static String output(List<String> command) {
        return output(command, Map.of());
    }

    /** The same, with {@code environment} added to this JVM's. */
    static String output(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException unreadable) {
            return "";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "";
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
