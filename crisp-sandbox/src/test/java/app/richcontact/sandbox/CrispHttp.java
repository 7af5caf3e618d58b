package app.richcontact.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny REST client for the tests, speaking to the sandbox as the plugin would. */
final class CrispHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer: status, parsed body (null when empty) and raw response. */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        String reason() {
            return body.get("reason").asText();
        }

        JsonNode data() {
            return body.get("data");
        }
    }

    private final URI base;
    private final String authorization;
    private final boolean tier;

    private CrispHttp(URI base, String authorization, boolean tier) {
        this.base = base;
        this.authorization = authorization;
        this.tier = tier;
    }

    static CrispHttp of(CrispSandbox sandbox) {
        return as(sandbox, sandbox.pluginIdentifier(), sandbox.pluginKey());
    }

    static CrispHttp as(CrispSandbox sandbox, String identifier, String key) {
        String token = Base64.getEncoder().encodeToString((identifier + ":" + key).getBytes(StandardCharsets.UTF_8));
        return new CrispHttp(sandbox.restBaseUrl(), "Basic " + token, true);
    }

    CrispHttp withoutTier() {
        return new CrispHttp(base, authorization, false);
    }

    static CrispHttp anonymous(CrispSandbox sandbox) {
        return new CrispHttp(sandbox.restBaseUrl(), null, true);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Answer head(String path) throws IOException, InterruptedException {
        return send("HEAD", path, null);
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    Answer patch(String path, String body) throws IOException, InterruptedException {
        return send("PATCH", path, body);
    }

    Answer put(String path, String body) throws IOException, InterruptedException {
        return send("PUT", path, body);
    }

    Answer send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (tier) {
            request.header("X-Crisp-Tier", "plugin");
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body() == null || response.body().isEmpty() ? null : JSON.readTree(response.body());
        return new Answer(response.statusCode(), parsed, response);
    }
}
