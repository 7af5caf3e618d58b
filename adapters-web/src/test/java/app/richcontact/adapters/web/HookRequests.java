package app.richcontact.adapters.web;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs web hook requests the way Crisp documents it, independently of the code under test. */
final class HookRequests {

    private HookRequests() {
    }

    static String sign(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(("[" + timestamp + ";").getBytes(StandardCharsets.UTF_8));
        mac.update(body);
        mac.update("]".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal());
    }

    static String[] signedHeaders(String secret, String timestamp, byte[] body) throws Exception {
        return new String[] {"X-Crisp-Request-Timestamp", timestamp, "X-Crisp-Signature", sign(secret, timestamp, body),
                "Content-Type", "application/json"};
    }

    /** A web hook body with {@code data} given as JSON text. */
    static byte[] body(String websiteId, String event, String data) {
        return ("{\"website_id\": \"" + websiteId + "\", \"event\": \"" + event + "\", \"data\": " + data
                + ", \"timestamp\": 1795424400000}").getBytes(StandardCharsets.UTF_8);
    }
}
