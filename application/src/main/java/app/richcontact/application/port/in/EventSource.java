package app.richcontact.application.port.in;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A source of Crisp events that calls the in-ports (the real-time listener, web hooks):
 * bootstrap starts each once the installations are loaded, asks each for its status, and stops
 * each first on shutdown, the same way for all of them.
 */
public interface EventSource {

    /** Starts taking events; returns at once (connecting happens on the source's own threads). */
    void start();

    /** Stops taking events; events already taken are still handed to the in-ports. */
    void stop();

    /** Cheap and never throws: called on every readiness request. */
    Status status();

    /**
     * A website was newly installed: a source that must ask Crisp for a new website's events asks
     * now (coalesced as it needs). Cheap, never throws; most sources need nothing.
     */
    default void includeNewInstalls() {
    }

    /**
     * Whether the source brings events now, and what an operator should read about it.
     *
     * @param ready       true while events can arrive through this source
     * @param description a short phrase with no personal data and no secret
     */
    record Status(boolean ready, String description) {

        public Status {
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("description must be given");
            }
        }

        /** Ready when any source is; the description names every source's state. */
        public static Status of(List<? extends EventSource> sources) {
            if (sources.isEmpty()) {
                return new Status(false, "neither the real-time listener nor web hooks are enabled");
            }
            List<Status> each = sources.stream().map(EventSource::status).toList();
            return new Status(each.stream().anyMatch(Status::ready),
                    each.stream().map(Status::description).collect(Collectors.joining("; ")));
        }
    }
}
