package app.richcontact.sandboxmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rich-contact sandbox} in a process of its own on the module path the build made, as
 * {@code ./rich-contact sandbox} runs it: its banner's links work, contacts appear, SIGTERM
 * drains, and a bad sandbox variable stops it with a message naming the variable.
 */
class SandboxCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EXIT = Duration.ofSeconds(60);
    private static final Pattern HEALTH_LINK = Pattern.compile("Health and metrics: +(http://\\S+)/health/ready");
    private static final Pattern SETTINGS_LINK = Pattern.compile("Settings page of Shop 1: +(http://\\S+)");
    private static final Pattern TEXT_LOG_LINE = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT");
    private static final Pattern CRM_LINK = Pattern.compile("sandbox CRM: +(http://\\S+)");

    @TempDir
    Path output;

    /** A finished (or running) sandbox process and where its output goes. */
    private record Run(Process process, Path stdout, Path stderr) {

        String out() {
            return read(stdout);
        }

        String err() {
            return read(stderr);
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(EXIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("rich-contact did not exit within " + EXIT + "; it printed: " + out() + err());
            }
            return process.exitValue();
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    private Run sandbox(Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The build's module path; the jars the build left on the class path (okio, for one) go there
        // too, but not the test classes.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "--module-path", System.getProperty("jdk.module.path"),
                "--class-path", classPath,
                "-m", "app.richcontact.sandboxmode/app.richcontact.sandboxmode.SandboxMode", "sandbox"));
        Path stdout = Files.createTempFile(output, "sandbox", ".out");
        Path stderr = Files.createTempFile(output, "sandbox", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new Run(builder.start(), stdout, stderr);
    }

    @Test
    void the_sandbox_command_prints_links_that_work_and_contacts_appear_in_the_sandbox() throws Exception {
        // Any free ports, as a person whose 8080 is taken would ask for.
        Run run = sandbox(Map.of("RICHCONTACT_PORT", "0", "RICHCONTACT_SANDBOX_PORT", "0",
                "RICHCONTACT_SANDBOX_RATE", "10", "RICHCONTACT_LOG_FORMAT", "json"));
        try {
            Matcher health = HEALTH_LINK.matcher("");
            awaitUntil("the banner", () -> health.reset(run.out()).find() || !run.process().isAlive(), run);
            assertTrue(run.process().isAlive(), () -> "rich-contact stopped: " + run.out() + run.err());
            Matcher settings = SETTINGS_LINK.matcher(run.out());
            Matcher crm = CRM_LINK.matcher(run.out());
            assertTrue(settings.find() && crm.find(), run.out());
            URI metrics = URI.create(health.group(1) + "/metrics");

            assertEquals(200, status(URI.create(settings.group(1))), "the settings page link: " + settings.group(1));
            assertEquals(200, status(URI.create(crm.group(1))), "the sandbox page link: " + crm.group(1));
            awaitUntil("a contact created", () -> scrape(metrics).contains("outcome=\"created\""), run);

            run.process().destroy();
            assertEquals(143, run.awaitExit(), "the JVM's status after SIGTERM");
            List<String> logLines = run.out().lines().filter(line -> line.startsWith("{")).toList();
            assertTrue(logLines.stream().map(SandboxCommandTest::json).anyMatch(line -> line.get("formattedMessage").asText()
                    .matches("drained \\d+ open captures; 0 unfinished at the deadline")),
                    () -> "drained before exit, in JSON: " + run.out());
            assertEquals(List.of(), run.out().lines().filter(line -> TEXT_LOG_LINE.matcher(line).find()).toList(),
                    "every log line is JSON, the embedded sandbox's too");
        } finally {
            run.process().destroyForcibly();
        }
    }

    @Test
    void a_bad_sandbox_setting_stops_with_a_message_naming_the_variable() throws Exception {
        Run run = sandbox(Map.of("RICHCONTACT_SANDBOX_PORT", "http"));

        assertEquals(2, run.awaitExit());
        assertEquals("rich-contact: RICHCONTACT_SANDBOX_PORT must be a whole number from 0 to 65535\n", run.err());
    }

    /** Polls every 20 ms until the condition holds, failing with the process output at the deadline. */
    private static void awaitUntil(String what, BooleanSupplier condition, Run run) {
        long deadline = System.nanoTime() + EXIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + EXIT + " waiting for " + what + "; it printed: "
                        + run.out() + run.err());
            }
            LockSupport.parkNanos(20_000_000);
        }
    }

    private static int status(URI uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException notJson) {
            throw new AssertionError("not a JSON log line: " + line);
        }
    }

    private static String scrape(URI metrics) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException unreachable) {
            return "";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
