package app.richcontact.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the replica learnt about its role among several: it holds the lease now, or it does not. */
public sealed interface RoleChange {

    /**
     * This replica is the active one from now on.
     *
     * @param catchUpFrom when the previous holder last showed it was active (its last renewal), or
     *                    empty when no replica was active before (then the start-up look-back applies)
     */
    record Activate(Optional<Instant> catchUpFrom) implements RoleChange {

        public Activate {
            Objects.requireNonNull(catchUpFrom, "catchUpFrom");
        }
    }

    /**
     * This replica must not listen to Crisp nor run captures from now on.
     *
     * @param reason a short phrase for operators (no personal data, no secret)
     */
    record StandBy(String reason) implements RoleChange {

        public StandBy {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason must be given");
            }
        }
    }
}
