package app.richcontact.adapters.crisprest.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request to Crisp: method, the route template (for logs and metrics: it never contains an
 * id or an email), the encoded path relative to the API root, query parameters, a JSON body, and
 * whether a 403 is an answer the caller reads ({@code forbiddenAnswered}) rather than a refusal of
 * the plugin's token.
 */
public record CrispCall(String method, String route, String path, Map<String, String> query, byte[] body,
                        Priority priority, boolean forbiddenAnswered) {

    public CrispCall {
        query = Map.copyOf(query);
    }

    /**
     * A call on {@code template} (e.g. {@code website/{website_id}/conversation/{session_id}}),
     * whose placeholders take {@code values} in order, each URL-encoded as one path segment.
     */
    public static CrispCall of(String method, String template, Priority priority, String... values) {
        String[] segments = template.split("/", -1);
        long placeholders = java.util.Arrays.stream(segments).filter(segment -> segment.startsWith("{")).count();
        if (placeholders != values.length) {
            throw new IllegalArgumentException("template " + template + " takes " + placeholders + " values");
        }
        StringBuilder path = new StringBuilder();
        int value = 0;
        for (String segment : segments) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(segment.startsWith("{") ? encode(values[value++]) : segment);
        }
        return new CrispCall(method, method + " " + template, path.toString(), Map.of(), null, priority, false);
    }

    public CrispCall withQuery(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value);
        return new CrispCall(method, route, path, more, body, priority, forbiddenAnswered);
    }

    public CrispCall withBody(byte[] json) {
        return new CrispCall(method, route, path, query, json, priority, forbiddenAnswered);
    }

    /** A 403 on this call comes back as a {@link CrispAnswer}: on this route it says something else than "bad token". */
    public CrispCall withForbiddenAnswered() {
        return new CrispCall(method, route, path, query, body, priority, true);
    }

    /** The path and query, encoded, relative to the API root. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue())).collect(Collectors.joining("&"));
    }

    /** Percent-encodes everything but unreserved characters, so that {@code +} is {@code %2B}, space {@code %20}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
