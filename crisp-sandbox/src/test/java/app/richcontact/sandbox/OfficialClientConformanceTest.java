package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sandbox against a Crisp client no one here wrote: Crisp's official Node client
 * ({@code crisp-api}, pinned in {@code src/test/node/official-client/package.json}) calls every
 * REST route the plugin uses (the contact-completing ones too: conversation meta and profile
 * updates, email subscription, profile events), authenticates over RTM, receives the events the
 * plugin listens to, rebinds after an install, and verifies the sandbox's signed web hooks with its
 * own {@code verifyHook}. If the sandbox drifts from what Crisp's own client expects, this fails.
 *
 * <p>Needs {@code node} and {@code npm ci} in that folder ({@code .ci/run} does it); without
 * them the test is skipped locally, and {@code -Drichcontact.requireOfficialClient=true} (CI)
 * makes that a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialClientConformanceTest {

    private static final Path CLIENT = Path.of("src", "test", "node", "official-client");
    private static final String SECRET = "conformance-hook-secret";
    private static final Duration ANSWER = Duration.ofSeconds(20);
    private static final String WHATSAPP = "urn:crisp.im:whatsapp:0";
    private static final String PHONE = "+351912000111";
    private static final String EMAIL = "known.visitor@example.org";
    /** The events the plugin's listener subscribes to (the adapters' one vocabulary). */
    private static final List<String> PLUGIN_EVENTS = List.of("message:send", "session:request:initiated",
            "session:set_phone", "session:set_email", "session:set_nickname", "session:set_origin",
            "session:sync:geolocation", "people:bind:session", "plugin:subscription:updated", "plugin:settings:saved");

    private final ObjectMapper json = new ObjectMapper();
    private final BlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private Process node;
    private Writer commands;
    private CrispSandbox sandbox;
    private InstalledWebsite website;

    @BeforeAll
    void startTheOfficialClientThenTheSandbox() throws Exception {
        boolean installed = Files.isDirectory(CLIENT.resolve("node_modules").resolve("crisp-api")) && nodeRuns();
        if (Boolean.getBoolean("richcontact.requireOfficialClient")) {
            assertTrue(installed, "node or " + CLIENT + "/node_modules is missing: run npm ci in " + CLIENT);
        }
        assumeTrue(installed, "node or crisp-api is not installed (npm ci in " + CLIENT + ")");

        node = new ProcessBuilder("node", "conformance.mjs").directory(CLIENT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "official-client-output");
        reader.setDaemon(true);
        reader.start();
        int hookPort = expect("the client's hook server", line -> kind(line, "hooks")).get("port").asInt();

        sandbox = CrispSandbox.start(SandboxOptions.builder()
                .set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).set(SandboxSwitch.BIND_INTERVAL, Duration.ZERO)
                .set(SandboxSwitch.WEBHOOK, WebhookTarget.of(URI.create("http://127.0.0.1:" + hookPort + "/hooks"), SECRET))
                .build());
        website = sandbox.scenario().installWebsite("Conformance");
        send(command("configure").put("rest", sandbox.restBaseUrl().toString())
                .put("identifier", sandbox.pluginIdentifier()).put("key", sandbox.pluginKey()).put("hookSecret", SECRET));
        expect("configured", line -> kind(line, "configured"));
    }

    @AfterAll
    void stop() throws Exception {
        if (node != null) {
            send(command("exit"));
            if (!node.waitFor(10, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void every_rest_route_the_plugin_uses_answers_what_the_official_client_expects() throws Exception {
        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                Visitor.from(WHATSAPP).withNickname("Ana").withPhone(PHONE)
                        .withGeolocation(new Geolocation("PT", "Lisboa", "Lisboa")));
        conversation.started().get(10, TimeUnit.SECONDS);
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of(EMAIL, "Known Visitor", null));

        send(command("rest").put("website", website.websiteId()).put("session", conversation.sessionId())
                .put("origin", WHATSAPP).put("phone", PHONE).put("email", EMAIL).put("country", "PT"));
        expect("the REST checks to finish", line -> kind(line, "rest-done"));

        List<String> failed = new ArrayList<>();
        int checks = 0;
        for (JsonNode line : seen) {
            if (kind(line, "check")) {
                checks++;
                if (!line.get("ok").asBoolean()) {
                    failed.add(line.get("name").asText() + ": " + line.get("detail"));
                }
            }
        }
        assertEquals(List.of(), failed, "checks the official client failed");
        assertEquals(20, checks, "every REST check ran");
        CrmProfile known = sandbox.scenario().profileByEmail(website.websiteId(), EMAIL).orElseThrow();
        assertEquals(List.of("whatsapp"), known.segments());
        assertEquals("+351910000002", known.phone());
        assertEquals(false, known.emailSubscribed());
        assertEquals("red", known.events().get(0).color());
    }

    @Test
    void the_official_client_authenticates_hears_the_plugins_events_and_rebinds_after_an_install() throws Exception {
        send(command("listen").set("events", json.valueToTree(PLUGIN_EVENTS)));
        expect("the client to subscribe", line -> kind(line, "listening"));
        Await.until("the official client to authenticate", ANSWER,
                () -> sandbox.rtm().authenticatedConnections() >= 1);

        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                Visitor.from(WHATSAPP).withNickname("Ana").withPhone(PHONE));
        JsonNode message = expect("message:send", line -> rtm(line, "message:send", conversation.sessionId()))
                .get("data");
        assertEquals(website.websiteId(), message.get("website_id").asText());
        assertEquals("user", message.get("from").asText());
        assertEquals(WHATSAPP, message.get("origin").asText());
        assertTrue(message.get("fingerprint").isNumber(), "fingerprint is a number");
        assertTrue(message.get("timestamp").isNumber(), "timestamp is a number");
        assertEquals(PHONE, expect("session:set_phone",
                line -> rtm(line, "session:set_phone", conversation.sessionId())).get("data").get("phone").asText());

        InstalledWebsite later = sandbox.scenario().installWebsite("Installed later", "{}");
        send(command("rebind"));
        expect("the rebind", line -> kind(line, "rebound"));
        Await.until("the sandbox to honour the official client's socket:bind", ANSWER,
                () -> sandbox.rtm().bindsHonoured() >= 1);
        Conversation afterInstall = sandbox.scenario().startConversation(later.websiteId(),
                Visitor.from(WHATSAPP).withNickname("Bea").withPhone("+351912000222"));
        expect("message:send of the website installed later",
                line -> rtm(line, "message:send", afterInstall.sessionId()));
    }

    @Test
    void the_official_client_verifies_the_sandboxs_web_hook_signatures() throws Exception {
        send(command("listen-hooks").set("events", json.valueToTree(PLUGIN_EVENTS)));
        expect("the hook listener", line -> kind(line, "hooks-listening"));
        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                Visitor.from(WHATSAPP).withNickname("Ana").withPhone(PHONE));
        JsonNode hook = expect("a signed message:send web hook",
                line -> kind(line, "hook") && "message:send".equals(line.path("event").asText())
                        && conversation.sessionId().equals(line.path("session").asText()));
        assertTrue(hook.get("verified").asBoolean(), "crisp-api's verifyHook accepts the sandbox's signature");
        JsonNode dispatched = expect("the hook dispatched by receiveHook", line -> kind(line, "hook-event")
                && "message:send".equals(line.path("event").asText())
                && conversation.sessionId().equals(line.path("data").path("session_id").asText()));
        assertEquals(website.websiteId(), dispatched.get("data").get("website_id").asText());
    }

    private ObjectNode command(String name) {
        return json.createObjectNode().put("cmd", name);
    }

    private void send(ObjectNode command) throws IOException {
        commands.write(json.writeValueAsString(command) + "\n");
        commands.flush();
    }

    /** The next line (after those already seen) that matches, within {@link #ANSWER}. */
    private JsonNode expect(String what, Predicate<JsonNode> wanted) throws InterruptedException {
        for (JsonNode line : seen) {
            if (wanted.test(line)) {
                seen.remove(line);
                return line;
            }
        }
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                throw new AssertionError("the official client did not report " + what + " within " + ANSWER
                        + "; it said: " + seen);
            }
            if (kind(line, "uncaught")) {
                throw new AssertionError("the official client failed: " + line.get("detail"));
            }
            if (wanted.test(line)) {
                return line;
            }
            seen.add(line);
        }
    }

    private static boolean kind(JsonNode line, String kind) {
        return kind.equals(line.path("kind").asText());
    }

    private static boolean rtm(JsonNode line, String event, String sessionId) {
        return kind(line, "rtm") && event.equals(line.path("event").asText())
                && sessionId.equals(line.path("data").path("session_id").asText());
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(json.readTree(line));
            }
        } catch (IOException ended) {
            // The process ended; expect() reports what is missing.
        }
    }

    private static boolean nodeRuns() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }
}
