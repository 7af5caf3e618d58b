package app.richcontact.sandbox.internal.events;

/** Receives every event Crisp raises, to deliver it over RTM or as a web hook. */
@FunctionalInterface
public interface EventSink {

    void publish(SandboxEvent event);

    /** Publishes to both sinks, in order. */
    static EventSink both(EventSink first, EventSink second) {
        return event -> {
            first.publish(event);
            second.publish(event);
        };
    }
}
