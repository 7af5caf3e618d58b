package app.richcontact.sandbox.internal.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches a method and decoded path segments against the route templates of {@code SandboxRoutes}. */
final class RouteTable {

    /** A template split once into segments; {@code {name}} segments capture. */
    record Route(String template, String method, String[] segments, RouteHandler handler) {
    }

    /** A matched route and its captured parameters. */
    record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** @param template e.g. {@code GET website/{website_id}/conversation/{session_id}} */
    void add(String template, RouteHandler handler) {
        int space = template.indexOf(' ');
        routes.add(new Route(template, template.substring(0, space),
                template.substring(space + 1).split("/"), handler));
    }

    Match match(String method, String[] path) {
        for (Route route : routes) {
            if (route.method().equals(method) && route.segments().length == path.length) {
                Map<String, String> params = capture(route.segments(), path);
                if (params != null) {
                    return new Match(route, params);
                }
            }
        }
        return null;
    }

    private static Map<String, String> capture(String[] template, String[] path) {
        Map<String, String> params = null;
        for (int i = 0; i < template.length; i++) {
            String expected = template[i];
            if (expected.startsWith("{")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                if (params == null) {
                    params = new HashMap<>(4);
                }
                params.put(expected.substring(1, expected.length() - 1), path[i]);
            } else if (!expected.equals(path[i])) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }
}
