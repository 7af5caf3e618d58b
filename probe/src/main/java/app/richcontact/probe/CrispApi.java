package app.richcontact.probe;

import app.richcontact.adapters.crisprest.CrispRestConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crisp's REST API with the plugin token and the plugin's timeouts, one request per call and no
 * retry, counting every request it sends (each one spends the plugin's daily quota).
 */
final class CrispApi {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI base;
    private final Duration timeout;
    private final String authorization;
    private final String userAgent;
    private final AtomicInteger sent = new AtomicInteger();

    /** @param rest where Crisp is, the plugin token and timeouts, as the plugin reads them */
    CrispApi(ObjectMapper json, CrispRestConfig rest) {
        CrispRestConfig.Account account = rest.account();
        this.json = json;
        this.base = account.baseUri();
        this.timeout = rest.timeouts().request();
        this.http = HttpClient.newBuilder().connectTimeout(rest.timeouts().connect()).build();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((account.identifier() + ":" + account.key()).getBytes(StandardCharsets.UTF_8));
        this.userAgent = "rich-contact-probe/" + account.version();
    }

    Answer get(String path) {
        return send("GET", path, Map.of(), null);
    }

    Answer get(String path, Map<String, String> query) {
        return send("GET", path, query, null);
    }

    Answer head(String path) {
        return send("HEAD", path, Map.of(), null);
    }

    Answer send(String method, String path, JsonNode body) {
        return send(method, path, Map.of(), body);
    }

    /** How many requests were sent so far. */
    int requests() {
        return sent.get();
    }

    private Answer send(String method, String path, Map<String, String> query, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path + queryString(query)))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("X-Crisp-Tier", "plugin")
                .header("User-Agent", userAgent)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        sent.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new ProbeFailure(method + " " + path(path) + " got no answer: " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProbeFailure("interrupted during " + method + " " + path(path));
        }
        JsonNode envelope = parse(response.body());
        return new Answer(response.statusCode(), envelope.path("reason").asText(null), envelope.get("data"));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isEmpty()) {
            return json.createObjectNode();
        }
        try {
            JsonNode parsed = json.readTree(body);
            return parsed == null || !parsed.isObject() ? json.createObjectNode() : parsed;
        } catch (IOException notJson) {
            return json.createObjectNode();
        }
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> parameter : new TreeMap<>(query).entrySet()) {
            text.append(text.length() == 0 ? '?' : '&').append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** The route of a path, without the last segment when it may name a profile by email. */
    private static String path(String path) {
        return path.contains("@") || path.contains("%40") ? path.substring(0, path.lastIndexOf('/') + 1) + "…" : path;
    }
}
