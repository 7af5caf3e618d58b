package app.richcontact.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution's {@code launch} script: which JVM it picks, and that no AOT cache can stop a start. */
class LaunchScriptTest {

    private static final Path LAUNCH = Path.of("src/main/dist/launch");
    private static final String MAIN = "app.richcontact.bootstrap/app.richcontact.bootstrap.Main";

    /** Exit status and everything printed. */
    private record Ran(int status, String output) {
    }

    @Test
    void javaHomesJavaIsTheOneLaunchRunsWhateverItsVersion() throws Exception {
        String home = System.getProperty("java.home");

        Ran ran = run(Map.of("JAVA_HOME", home), "--java");

        assertEquals(0, ran.status(), ran.output());
        assertEquals(home + "/bin/java " + Runtime.version().feature(), ran.output().trim());
    }

    @Test
    void anUnreadableAotCacheOnlyMakesTheJvmStartWithoutIt(@TempDir Path folder) throws Exception {
        String[] picked = run(Map.of(), "--java").output().trim().split(" ");
        assumeTrue(Integer.parseInt(picked[1]) >= 25, "no JDK 25 or later here: launch uses no AOT cache");
        Path garbage = Files.writeString(folder.resolve("rich-contact.aot"), "not a cache");

        Ran ran = run(Map.of("RICHCONTACT_AOT_CACHE", garbage.toString()), System.getProperty("jdk.module.path"), MAIN,
                "--help");

        assertEquals(0, ran.status(), ran.output());
        assertTrue(ran.output().contains("usage: rich-contact"), ran.output());
    }

    private static Ran run(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCH.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "launch did not exit: " + output);
        return new Ran(process.exitValue(), output);
    }
}
