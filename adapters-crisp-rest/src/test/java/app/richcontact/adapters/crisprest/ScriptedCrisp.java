package app.richcontact.adapters.crisprest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on loopback that answers what a test scripts, per method and path prefix:
 * for the answers the sandbox, being a faithful Crisp, never gives (garbage bodies, odd statuses).
 */
final class ScriptedCrisp implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    ScriptedCrisp() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath().substring("/v1/".length());
            Answer answer = answers.entrySet().stream()
                    .filter(entry -> (exchange.getRequestMethod() + " " + path).startsWith(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst()
                    .orElse(new Answer(404, "{\"error\":true,\"reason\":\"not_found\",\"data\":{}}", Map.of()));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.status(), head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    /** Answers requests whose {@code METHOD path} starts with {@code prefix}. */
    ScriptedCrisp answer(String prefix, int status, String body, Map<String, String> headers) {
        answers.put(prefix, new Answer(status, body, headers));
        return this;
    }

    ScriptedCrisp answer(String prefix, int status, String body) {
        return answer(prefix, status, body, Map.of());
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Answer(int status, String body, Map<String, String> headers) {
    }
}
