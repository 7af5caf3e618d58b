package app.richcontact.application.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * Which role this replica has and since when.
 *
 * @param active true while this replica listens to Crisp and runs captures
 * @param since  when it took this role
 */
public record ReplicaRole(boolean active, Instant since) {

    public ReplicaRole {
        Objects.requireNonNull(since, "since");
    }

    /** {@code active} or {@code standby}, as readiness and logs print it. */
    public String name() {
        return active ? "active" : "standby";
    }
}
