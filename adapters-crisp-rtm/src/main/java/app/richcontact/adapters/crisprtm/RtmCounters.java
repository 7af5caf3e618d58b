package app.richcontact.adapters.crisprtm;

import java.util.Map;

/**
 * Cumulative counts since the listener was built, for metrics. Map keys are bounded label
 * values: subscribed event names (others count as {@code other}), and reasons such as
 * {@code invalid_phone}, {@code payload_too_large}, {@code not_an_object} or {@code queue_full}.
 *
 * @param received           events received, by name
 * @param dropped            events dropped, by reason: malformed payloads, a full dispatch queue, a failed in-port
 * @param ignored            well-formed events that need no action, by reason (e.g. {@code not_from_user})
 * @param connectionAttempts connections opened
 * @param reconnects         connection attempts made after the first one
 * @param authentications    connections that Crisp authenticated
 * @param bindsSent          {@code socket:bind} emitted
 * @param catchUps           catch-ups run
 * @param probesAnswered     WebSocket pings sent to a silent connection that were answered
 */
public record RtmCounters(Map<String, Long> received, Map<String, Long> dropped, Map<String, Long> ignored,
                          long connectionAttempts, long reconnects, long authentications, long bindsSent,
                          long catchUps, long probesAnswered) {

    public RtmCounters {
        received = Map.copyOf(received);
        dropped = Map.copyOf(dropped);
        ignored = Map.copyOf(ignored);
    }

    public long received(String event) {
        return received.getOrDefault(event, 0L);
    }

    public long dropped(String reason) {
        return dropped.getOrDefault(reason, 0L);
    }

    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long receivedTotal() {
        return received.values().stream().mapToLong(Long::longValue).sum();
    }

    public long ignoredTotal() {
        return ignored.values().stream().mapToLong(Long::longValue).sum();
    }
}
