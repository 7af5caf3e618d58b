package app.richcontact.adapters.crisprtm;

import java.net.URI;
import java.time.Instant;

/**
 * A snapshot of the listener's connection for the readiness endpoint and metrics.
 *
 * @param state       where the listener stands now
 * @param since       when it entered that state
 * @param lastEventAt when the last event arrived (null when none has)
 * @param reconnects  connection attempts made after the first one
 * @param endpoint    the real-time URL in use or last tried (null before the first attempt)
 */
public record RtmHealth(RtmState state, Instant since, Instant lastEventAt, long reconnects, URI endpoint) {

    /** True only when events can arrive. */
    public boolean ready() {
        return state == RtmState.AUTHENTICATED;
    }
}
