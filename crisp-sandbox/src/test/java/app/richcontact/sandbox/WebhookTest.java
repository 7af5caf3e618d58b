package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {

    private static final String SECRET = "hook-secret";

    /** One POST as the receiver saw it. */
    private record Delivery(String timestamp, String signature, String body) {
    }

    private HttpServer receiver;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private CrispSandbox sandbox;

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Crisp-Request-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Crisp-Signature"), new String(body, StandardCharsets.UTF_8)));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
        sandbox = CrispSandbox.start(SandboxOptions.builder()
                .set(SandboxSwitch.EVENT_SPACING, Duration.ZERO)
                .set(SandboxSwitch.WEBHOOK, new WebhookTarget(url, SECRET, 3, Duration.ofMillis(10)))
                .build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.stop(0);
    }

    private Delivery next() throws InterruptedException {
        Delivery delivery = deliveries.poll(5, TimeUnit.SECONDS);
        assertTrue(delivery != null, "no web hook within 5 s");
        return delivery;
    }

    private static String hmac(String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(("[" + timestamp + ";" + body + "]").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void events_arrive_as_signed_posts_with_website_event_data_and_timestamp() throws Exception {
        InstalledWebsite website = sandbox.scenario().installWebsite("Acme");
        Delivery installed = next();
        assertEquals(RtmEvents.SUBSCRIPTION_UPDATED, new JSONObject(installed.body()).getString("event"));

        Conversation conversation = sandbox.scenario().startConversation(website.websiteId(),
                Visitor.from("urn:crisp.im:whatsapp:0").withPhone("+351912345678").withRequestInitiated(false)
                        .withBeforeFirstMessage(java.util.Set.of()));
        Delivery delivery = null;
        for (int i = 0; i < 3; i++) {
            Delivery candidate = next();
            if (new JSONObject(candidate.body()).getString("event").equals(RtmEvents.MESSAGE_SEND)) {
                delivery = candidate;
            }
        }
        assertTrue(delivery != null, "message:send was not delivered");
        assertTrue(MessageDigest.isEqual(hmac(delivery.timestamp(), delivery.body()).getBytes(StandardCharsets.UTF_8),
                delivery.signature().getBytes(StandardCharsets.UTF_8)), "signature mismatch");
        JSONObject body = new JSONObject(delivery.body());
        assertEquals(website.websiteId(), body.getString("website_id"));
        assertTrue(body.getLong("timestamp") > 0);
        JSONObject data = body.getJSONObject("data");
        assertEquals(conversation.sessionId(), data.getString("session_id"));
        assertEquals("user", data.getString("from"));
        assertTrue(data.isNull("inbox_id"));
    }

    @Test
    void a_non_2xx_answer_is_retried_until_it_succeeds() throws Exception {
        failuresLeft.set(2);
        sandbox.scenario().installWebsite("Acme");
        Delivery first = next();
        Delivery second = next();
        Delivery third = next();
        assertEquals(first.body(), second.body());
        assertEquals(first.body(), third.body());
        assertEquals(hmac(third.timestamp(), third.body()), third.signature());
        Await.until("the delivery to be counted", () -> sandbox.webhookCounts().delivered() == 1);
        assertEquals(3, sandbox.webhookCounts().attempts());
    }

    @Test
    void retries_are_bounded_by_the_attempt_limit() throws Exception {
        failuresLeft.set(100);
        sandbox.scenario().installWebsite("Acme");
        Await.until("the delivery to be abandoned", () -> sandbox.webhookCounts().abandoned() == 1);
        assertEquals(3, sandbox.webhookCounts().attempts());
        assertEquals(0, sandbox.webhookCounts().delivered());
    }

    @Test
    void hooks_can_be_switched_off_at_run_time() throws Exception {
        sandbox.switches().set(SandboxSwitch.WEBHOOK, null);
        sandbox.scenario().installWebsite("Quiet");
        assertEquals(0, sandbox.webhookCounts().events());
    }
}
