package app.richcontact.sandbox;

import java.util.Map;

/**
 * Counts of the REST requests the sandbox received, by route template ({@link SandboxRoutes}),
 * by website id and by answered status. Connection resets count under status 0. Every request
 * under {@code /v1/} is counted, rejected ones included; requests without a website id in their
 * path are not counted by website. Maps returned are immutable snapshots.
 */
public interface RequestLog {

    /** All requests since start or the last {@link #reset()}. */
    long total();

    /** Requests for one route template (e.g. {@link SandboxRoutes#CONVERSATION}). */
    long count(String routeTemplate);

    /** Requests for one route template answered with one status. */
    long count(String routeTemplate, int status);

    Map<String, Long> byRoute();

    Map<String, Long> byWebsite();

    Map<Integer, Long> byStatus();

    /** Requests whose path names this website, by route template; empty when there were none. */
    Map<String, Long> byRoute(String websiteId);

    /** Zeroes every counter. */
    void reset();
}
