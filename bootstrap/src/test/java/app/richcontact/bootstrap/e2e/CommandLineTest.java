package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.CrispSandbox;
import app.richcontact.sandbox.InstalledWebsite;
import app.richcontact.sandbox.Visitor;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line, {@code Main}, in a process of its own on the module path the build
 * made, as {@code ./rich-contact} runs it: bad configuration stops start-up with a message that
 * names the variable (and never a secret), and SIGTERM drains open windows before the process
 * exits, with JSON log lines when asked for.
 */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EXIT = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("listens on port (\\d+)");

    @TempDir
    Path output;

    /** A finished (or running) {@code rich-contact} process and where its output goes. */
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
            CapturedOutput.install();
            Canaries.mark("CommandLineTest");
            CapturedOutput.recordProcessOutput(out() + err() + Canaries.MARKER + "CommandLineTest (its processes)\n");
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

    private Run richContact(Map<String, String> environment, String... arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The build's module path; the jars the build left on the class path (okio, for one) go there
        // too, but not the test classes and resources (logback-test.xml would send the logs elsewhere).
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "--module-path", System.getProperty("jdk.module.path"),
                "--class-path", classPath,
                "-m", "app.richcontact.bootstrap/app.richcontact.bootstrap.Main"));
        command.addAll(List.of(arguments));
        String name = UUID.randomUUID().toString();
        Path stdout = output.resolve(name + ".out");
        Path stderr = output.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new Run(builder.start(), stdout, stderr);
    }

    @Test
    void a_missing_plugin_key_stops_start_up_with_a_message_naming_the_variable() throws Exception {
        Run run = richContact(Map.of("CRISP_PLUGIN_IDENTIFIER", "identifier-" + UUID.randomUUID()), "serve");

        assertEquals(2, run.awaitExit());
        assertEquals("rich-contact: CRISP_PLUGIN_KEY is required\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void an_invalid_value_names_its_variable_and_no_secret_is_printed() throws Exception {
        String key = Canaries.secret("key-" + UUID.randomUUID());
        String hookSecret = Canaries.secret("hook-secret-" + UUID.randomUUID());

        Run run = richContact(Map.of("CRISP_PLUGIN_IDENTIFIER", "identifier", "CRISP_PLUGIN_KEY", key,
                "CRISP_HOOK_SECRET", hookSecret, "RICHCONTACT_PORT", "eighty"), "serve");

        assertEquals(2, run.awaitExit());
        assertEquals("rich-contact: RICHCONTACT_PORT must be a whole number from 0 to 65535\n", run.err());
        assertFalse((run.out() + run.err()).contains(key));
    }

    @Test
    void a_hook_secret_too_short_to_be_safe_is_refused_without_being_echoed() throws Exception {
        Run run = richContact(Map.of("CRISP_PLUGIN_IDENTIFIER", "identifier", "CRISP_PLUGIN_KEY", "key",
                "CRISP_HOOK_SECRET", Canaries.secret("short9secret")), "serve");

        assertEquals(2, run.awaitExit());
        assertTrue(run.err().startsWith("rich-contact: CRISP_HOOK_SECRET "), run.err());
        assertFalse(run.err().contains("short9secret"));
    }

    @Test
    void an_unknown_command_prints_the_usage() throws Exception {
        Run run = richContact(Map.of(), "deploy");

        assertEquals(2, run.awaitExit());
        assertTrue(run.err().contains("unknown command deploy"), run.err());
        assertTrue(run.err().contains("usage: rich-contact <command>"), run.err());
    }

    @Test
    void sigterm_processes_the_open_windows_then_the_process_exits_and_its_json_logs_are_one_object_a_line() throws Exception {
        try (CrispSandbox crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build())) {
            Canaries.watch(crisp.scenario());
            InstalledWebsite website = RunningPlugin.install(crisp, "Terminated", "{}");
            Map<String, String> environment = RunningPlugin.environment(crisp);
            environment.put("RICHCONTACT_COLLECTION_WINDOW", "60s");
            environment.put("RICHCONTACT_LOG_FORMAT", "json");
            Run run = richContact(environment, "serve");
            try {
                Matcher port = LISTENING.matcher("");
                Await.until("the process to listen", Duration.ofSeconds(60),
                        () -> port.reset(run.out()).find() || !run.process().isAlive(), () -> run.out() + run.err());
                assertTrue(run.process().isAlive(), () -> "rich-contact stopped: " + run.out() + run.err());
                URI metrics = URI.create("http://127.0.0.1:" + port.group(1) + "/metrics");
                Await.until("the process to authenticate", Duration.ofSeconds(30), () -> crisp.rtm().authenticatedConnections() == 1);
                Canaries.Phone phone = Canaries.phone();
                crisp.scenario().startConversation(website.websiteId(),
                        Visitor.from("urn:crisp.im:whatsapp:0").withNickname(Canaries.name()).withPhone(phone.e164()));
                Await.until("the window to open", () -> RunningPlugin.valueIn(scrape(metrics),
                        "richcontact_pending_captures{state=\"open\"}") == 1);

                run.process().destroy();

                assertEquals(143, run.awaitExit(), "the JVM's status after SIGTERM");
                assertEquals(List.of(phone.e164()), crisp.scenario().crm(website.websiteId()).stream()
                        .map(profile -> profile.phone()).toList());
                List<JsonNode> lines = run.out().lines().map(CommandLineTest::json).toList();
                assertTrue(lines.stream().allMatch(line -> line.has("level") && line.has("formattedMessage")), run.out());
                assertTrue(lines.stream().anyMatch(line -> line.get("formattedMessage").asText()
                        .equals("drained 1 open captures; 0 unfinished at the deadline")), run.out());
            } finally {
                run.process().destroyForcibly();
            }
        }
    }

    @Test
    void the_sandbox_command_is_not_part_of_the_production_distribution() throws Exception {
        Run run = richContact(Map.of(), "sandbox");

        assertEquals(2, run.awaitExit());
        assertTrue(run.err().contains("run ./rich-contact sandbox from a checkout"), run.err());
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
