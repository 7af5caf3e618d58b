package app.richcontact.adapters.crisprest.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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
        StringBuilder path = new StringBuilder(template.length() + 64);
        int placeholders = 0;
        for (String segment : template.split("/", -1)) {
            if (path.length() > 0) {
                path.append('/');
            }
            if (!segment.startsWith("{")) {
                path.append(segment);
            } else {
                if (placeholders < values.length) {
                    path.append(encode(values[placeholders]));
                }
                placeholders++;
            }
        }
        if (placeholders != values.length) {
            throw new IllegalArgumentException("template " + template + " takes " + placeholders + " values");
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

    /** The path and query, encoded, relative to the API root; parameters sorted by name. */
    public String target() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder target = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : new TreeMap<>(query).entrySet()) {
            target.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return target.toString();
    }

    /**
     * Percent-encodes everything but unreserved characters, so that {@code +} is {@code %2B}, space
     * {@code %20}; a value of letters, digits, {@code -}, {@code .} and {@code _} only (ids, numbers) is its own encoding.
     */
    static String encode(String value) {
        if (unreserved(value)) {
            return value;
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    private static boolean unreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
