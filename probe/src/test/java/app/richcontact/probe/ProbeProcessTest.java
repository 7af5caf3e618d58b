package app.richcontact.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.bootstrap.PluginConfiguration;
import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.SandboxOptions;
import app.richcontact.sandbox.SandboxSwitch;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe in a process of its own, launched from the module path as {@code ./rich-contact probe}
 * launches it: the module graph resolves without the test's help, it reports and exits 0.
 */
class ProbeProcessTest {

    @TempDir
    Path output;

    @Test
    void the_probe_command_runs_from_the_module_path_and_exits_after_its_report() throws Exception {
        // Fresh reads: a process of its own waits on the real clock.
        try (CrispSandbox crisp = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.READ_LAG, Duration.ZERO)
                .set(SandboxSwitch.SEARCH_LAG, Duration.ZERO).build())) {
            InstalledWebsite website = crisp.scenario().installWebsite("Probed");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
            Path stdout = output.resolve("probe.out");
            Path stderr = output.resolve("probe.err");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "--module-path", System.getProperty("jdk.module.path"),
                    "--class-path", classPath, "-m", "app.richcontact.probe/app.richcontact.probe.ProbeCommand", "probe",
                    website.websiteId())).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().clear();
            builder.environment().put(PluginConfiguration.IDENTIFIER, crisp.pluginIdentifier());
            builder.environment().put(PluginConfiguration.KEY, crisp.pluginKey());
            builder.environment().put(PluginConfiguration.API_URL, crisp.restBaseUrl().toString());
            Process process = builder.start();
            try {
                assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe exits by itself");
                String out = Files.readString(stdout, StandardCharsets.UTF_8);
                assertEquals(0, process.exitValue(), () -> out + read(stderr));
                assertTrue(out.contains("\nRICHCONTACT_PHONE_SEARCH=filter_person_phone\n"), out);
                assertTrue(out.contains("# Clean-up: settings restored; throwaway profile deleted"), out);
            } finally {
                process.destroyForcibly();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException unreadable) {
            return "";
        }
    }
}
