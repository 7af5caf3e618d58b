package app.richcontact.benchmarks.harness;

import app.richcontact.sandbox.CrispSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JVM a spawned Rich Contact runs on, as the distribution's {@code launch} script picks it
 * ({@code -Dbench.childJava} becomes its {@code JAVA_HOME}), and the ahead-of-time cache it starts
 * with on JDK 25 or later: made here by a training run under this bench's load, as
 * {@code train-aot-cache} makes the launcher's and the image's (so it is valid for the jars just
 * built). {@code -Dbench.aot=off} measures without one.
 */
public record PluginRuntime(String java, int feature, String version, Path aotCache) {

    /** Conversations of the training run (at 100/s), enough to reach the capture path's steady state. */
    private static final int TRAINING_CONVERSATIONS = 1_000;
    private static final Path CACHE = Report.OUTPUT.resolve("bench-aot").resolve("rich-contact.aot");

    public PluginRuntime {
        if (java == null || java.isBlank()) {
            throw new IllegalArgumentException("java must name the JVM's launcher");
        }
    }

    /** The JVM {@code launch} in {@code distribution}'s parent picks; no cache yet. */
    public static PluginRuntime of(Path distribution) {
        List<String> command = List.of("sh", launch(distribution).toString(), "--java");
        String[] words = JavaProcess.output(command, environment()).trim().split(" ");
        if (words.length != 2) {
            throw new IllegalStateException("launch --java printed " + String.join(" ", words));
        }
        String version = JavaProcess.output(List.of(words[0], "-version"), Map.of()).lines()
                .filter(line -> line.contains("Runtime Environment")).findFirst().orElse("?").trim();
        return new PluginRuntime(words[0], Integer.parseInt(words[1]), version, null);
    }

    /** The distribution's launch script, beside its lib. */
    static Path launch(Path distribution) {
        return distribution.toAbsolutePath().resolveSibling("launch");
    }

    /** What the spawned plugin's environment adds: the JDK asked for, the cache (or "off"), JAVA_OPTS. */
    static Map<String, String> environment() {
        String home = System.getProperty("bench.childJava", "").trim();
        return home.isEmpty() ? Map.of() : Map.of("JAVA_HOME", home);
    }

    Map<String, String> launchEnvironment() {
        Map<String, String> env = new HashMap<>(environment());
        env.put("RICHCONTACT_AOT_CACHE", aot() ? aotCache.toAbsolutePath().toString() : "off");
        env.put("JAVA_OPTS", String.join(" ", JavaProcess.childJvmOptions()));
        return env;
    }

    public boolean aot() {
        return aotCache != null;
    }

    /**
     * This runtime with an AOT cache trained against {@code crisp} on {@code websites} (phones
     * from {@code firstPhone}), or itself when the JDK has none or {@code -Dbench.aot=off}. The
     * cache is kept while it is newer than every jar of the distribution.
     */
    public PluginRuntime trained(CrispSandbox crisp, List<String> websites, long firstPhone, Path distribution,
                                 Report report) throws Exception {
        if (feature < 25 || "off".equals(System.getProperty("bench.aot", "").trim())) {
            return this;
        }
        if (!fresh(distribution)) {
            Files.createDirectories(CACHE.getParent());
            Files.deleteIfExists(CACHE);
            report.say("AOT cache: training run (%d conversations at 100/s) on %s", TRAINING_CONVERSATIONS, version);
            Map<String, String> env = new HashMap<>(launchEnvironment());
            env.put("RICHCONTACT_AOT_CACHE", "off");
            env.put("JAVA_OPTS", ("-XX:AOTCacheOutput=" + CACHE.toAbsolutePath() + " " + env.get("JAVA_OPTS")).trim());
            env.putAll(Rig.UNTHROTTLED_PLUGIN);
            try (Contender training = Contender.richContact(crisp, env, Report.LOGS.resolve("aot-training.log"))) {
                training.awaitReady(Duration.ofSeconds(60));
                ConversationLoad load = new ConversationLoad(crisp, websites, Duration.ZERO, firstPhone, firstPhone, false);
                load.run(100, TRAINING_CONVERSATIONS);
                load.awaitContacts(Duration.ofSeconds(60), () -> true);
                training.stop(Duration.ofSeconds(120));
            }
            if (!Files.isRegularFile(CACHE)) {
                throw new IllegalStateException("the training run wrote no AOT cache; see " + Report.LOGS.resolve("aot-training.log"));
            }
        }
        return new PluginRuntime(java, feature, version, CACHE);
    }

    private static boolean fresh(Path distribution) throws IOException {
        if (!Files.isRegularFile(CACHE)) {
            return false;
        }
        FileTime made = Files.getLastModifiedTime(CACHE);
        try (Stream<Path> jars = Files.list(distribution)) {
            return jars.allMatch(jar -> {
                try {
                    return Files.getLastModifiedTime(jar).compareTo(made) < 0;
                } catch (IOException unreadable) {
                    return false;
                }
            });
        }
    }

    /** "Java 25 (OpenJDK Runtime Environment Temurin-25.0.3+9 …), AOT cache on". */
    public String describe() {
        return "Java " + feature + " (" + version + "), AOT cache " + (aot() ? "on" : "off");
    }
}
