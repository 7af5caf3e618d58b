package app.richcontact.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.sandbox.CrispSandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hundreds of web-hook uploads that look genuine up to their headers (fresh timestamp, a
 * signature of the right shape, JSON, a length) and then trickle their body: the rest of the
 * HTTP server keeps answering, {@code /health/live} first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseSlowUploadTest {

    private static final int SLOW_UPLOADS = 300;
    /** Generous: the point is that it answers at all while the uploads are open. */
    private static final Duration HEALTH_DEADLINE = Duration.ofSeconds(5);

    private CrispSandbox crisp;
    private RunningPlugin plugin;
    private final List<Socket> uploads = new ArrayList<>();

    @BeforeAll
    void start() {
        crisp = CrispSandbox.start(RunningPlugin.sandboxOptions().build());
        plugin = RunningPlugin.start(crisp, Map.of("CRISP_HOOK_SECRET",
                Canaries.secret("hook-secret-" + UUID.randomUUID()), "RICHCONTACT_RTM", "false"));
    }

    @AfterAll
    void stop() {
        uploads.forEach(AbuseSlowUploadTest::closeQuietly);
        try {
            plugin.close();
        } finally {
            crisp.close();
        }
    }

    @Test
    void hundreds_of_slow_web_hook_uploads_leave_the_health_route_answering() throws Exception {
        for (int i = 0; i < SLOW_UPLOADS; i++) {
            uploads.add(slowUpload());
        }
        // One more byte on every upload: each is now being read, none complete.
        for (Socket upload : uploads) {
            trickle(upload);
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(HEALTH_DEADLINE).build();
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(plugin.uri("/health/live"))
                .timeout(HEALTH_DEADLINE).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
    }

    private Socket slowUpload() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), plugin.server.port());
        String headers = "POST /webhooks/crisp HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: 2000\r\n"
                + "X-Crisp-Request-Timestamp: " + System.currentTimeMillis() + "\r\n"
                + "X-Crisp-Signature: " + "ab".repeat(32) + "\r\n"
                + "\r\n{";
        OutputStream out = socket.getOutputStream();
        out.write(headers.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void trickle(Socket upload) {
        try {
            upload.getOutputStream().write(' ');
            upload.getOutputStream().flush();
        } catch (IOException closedByThePlugin) {
            // A refused upload: exactly what the plugin may do.
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
