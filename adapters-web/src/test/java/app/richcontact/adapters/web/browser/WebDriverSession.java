package app.richcontact.adapters.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through chromedriver with the W3C WebDriver protocol, spoken over
 * {@code java.net.http}: just the commands the settings page tests need. Published in this
 * module's test-jar for the end-to-end test of the page in bootstrap.
 */
public final class WebDriverSession implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of(System.getProperty("richcontact.chromedriver", "/usr/bin/chromedriver"));
    public static final Path CHROMIUM = Path.of(System.getProperty("richcontact.chromium", "/usr/bin/chromium"));

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Pattern STARTED = Pattern.compile("started successfully on port (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final Process driver;
    private final Path profile;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String session;

    private WebDriverSession(Process driver, Path profile, URI base, int width, int height) throws Exception {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        ObjectNode options = JSON.createObjectNode().put("binary", CHROMIUM.toString());
        ArrayNode args = options.putArray("args");
        List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile).forEach(args::add);
        ObjectNode capabilities = JSON.createObjectNode();
        ObjectNode always = capabilities.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        always.set("goog:chromeOptions", options);
        always.putObject("timeouts").put("script", 15_000).put("pageLoad", 15_000).put("implicit", 0);
        this.session = command("POST", "/session", capabilities).get("sessionId").asText();
        // Headless windows still reserve room for browser controls: set the viewport itself.
        ObjectNode viewport = JSON.createObjectNode().put("cmd", "Emulation.setDeviceMetricsOverride");
        viewport.putObject("params").put("width", width).put("height", height).put("deviceScaleFactor", 1)
                .put("mobile", false);
        command("POST", path("/goog/cdp/execute"), viewport);
    }

    /** Starts chromedriver on a free port and opens a session with a fresh profile. */
    /**
     * Why no browser test can run here (Debian's chromium or chromium-driver missing), or empty
     * when one can. With {@code -Drichcontact.requireBrowser=true} (CI) a missing browser is an
     * error instead, so that the tests are never skipped silently there.
     */
    public static java.util.Optional<String> unavailable() {
        if (java.nio.file.Files.isExecutable(CHROMEDRIVER) && java.nio.file.Files.isExecutable(CHROMIUM)) {
            return java.util.Optional.empty();
        }
        String reason = "chromedriver (" + CHROMEDRIVER + ") or chromium (" + CHROMIUM
                + ") is missing; install the Debian packages chromium and chromium-driver";
        if (Boolean.getBoolean("richcontact.requireBrowser")) {
            throw new IllegalStateException(reason + " (richcontact.requireBrowser=true)");
        }
        return java.util.Optional.of(reason);
    }

    public static WebDriverSession start(int width, int height) throws Exception {
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=0").redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(driver, port), "chromedriver-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int bound = port.get(20, TimeUnit.SECONDS);
            Path profile = Files.createTempDirectory("richcontact-chromium-");
            return new WebDriverSession(driver, profile, URI.create("http://127.0.0.1:" + bound), width, height);
        } catch (Exception failed) {
            driver.destroyForcibly();
            throw failed;
        }
    }

    /** Reads chromedriver's output to learn its port, then keeps reading so that it never blocks. */
    private static void drain(Process driver, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    port.complete(Integer.parseInt(started.group(1)));
                }
            }
            port.completeExceptionally(new IOException("chromedriver exited before it was ready"));
        } catch (IOException closed) {
            port.completeExceptionally(closed);
        }
    }

    public void open(String url) throws Exception {
        command("POST", path("/url"), JSON.createObjectNode().put("url", url));
    }

    /** Sends the next commands into the frame that {@code css} finds (in the current document). */
    public void switchToFrame(String css) throws Exception {
        ObjectNode id = JSON.createObjectNode();
        id.putObject("id").put(ELEMENT, find(css));
        command("POST", path("/frame"), id);
    }

    /** Sends the next commands to the top-level document again. */
    public void switchToTop() throws Exception {
        command("POST", path("/frame"), JSON.createObjectNode().putNull("id"));
    }

    public String find(String css) throws Exception {
        JsonNode found = command("POST", path("/element"),
                JSON.createObjectNode().put("using", "css selector").put("value", css));
        return found.get(ELEMENT).asText();
    }

    public void click(String css) throws Exception {
        command("POST", path("/element/" + find(css) + "/click"), JSON.createObjectNode());
    }

    public void clear(String css) throws Exception {
        command("POST", path("/element/" + find(css) + "/clear"), JSON.createObjectNode());
    }

    public void type(String css, String text) throws Exception {
        command("POST", path("/element/" + find(css) + "/value"), JSON.createObjectNode().put("text", text));
    }

    public String text(String css) throws Exception {
        return command("GET", path("/element/" + find(css) + "/text"), null).asText();
    }

    public JsonNode property(String css, String name) throws Exception {
        return command("GET", path("/element/" + find(css) + "/property/" + name), null);
    }

    public boolean checked(String css) throws Exception {
        return property(css, "checked").asBoolean();
    }

    /** Runs a function body in the page; {@code arguments} are not used. */
    public JsonNode script(String body) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("script", body);
        request.putArray("args");
        return command("POST", path("/execute/sync"), request);
    }

    /**
     * Waits, inside the browser, until the expression {@code condition} is truthy, and returns its
     * value; fails at the deadline. The page's CSP forbids eval, so the condition is inlined.
     */
    public JsonNode await(String description, String condition, Duration deadline) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("script", """
                var done = arguments[arguments.length - 1];
                var deadline = Date.now() + %d;
                (function poll() {
                  var value;
                  try { value = (%s); } catch (e) { value = null; }
                  if (value) { done(value); }
                  else if (Date.now() > deadline) { done(null); }
                  else { setTimeout(poll, 20); }
                })();""".formatted(deadline.toMillis(), condition));
        request.putArray("args");
        JsonNode value = command("POST", path("/execute/async"), request);
        if (value == null || value.isNull()) {
            throw new AssertionError("within " + deadline + ": " + description + " (" + condition + ")");
        }
        return value;
    }

    public byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(command("GET", path("/screenshot"), null).asText());
    }

    private String path(String command) {
        return "/session/" + session + command;
    }

    private JsonNode command(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(COMMAND_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(answer.body());
        if (answer.statusCode() != 200) {
            throw new AssertionError("WebDriver " + method + " " + path.replace(session == null ? "" : session, "…")
                    + " answered " + answer.statusCode() + ": " + json.path("value").path("message").asText());
        }
        return json.get("value");
    }

    /** Ends the session (which quits Chromium), stops chromedriver and deletes the profile. */
    @Override
    public void close() throws IOException {
        try {
            command("DELETE", path(""), null);
            driver.destroy();
            if (!driver.waitFor(5, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            driver.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            if (driver.isAlive()) {
                driver.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
