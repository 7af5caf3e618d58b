package app.richcontact.application.port.out;

import app.richcontact.application.port.in.DrainCapturesUseCase.DrainReport;
import java.time.Instant;
import java.util.Optional;

/**
 * What only the active replica does, as bootstrap wires it: the event sources of one term,
 * started when the replica becomes active and stopped when it stands by.
 */
public interface ActiveDuties {

    /**
     * Starts listening (connect, bind) and catches up on what no replica heard.
     *
     * @param catchUpFrom the previous holder's last renewal, or empty to use the start-up look-back
     */
    void take(Optional<Instant> catchUpFrom);

    /** Stops every event source: no event starts a capture after this returns. */
    void handBack();

    /** The open captures were drained after {@link #handBack()}: for the log. */
    void handedBack(DrainReport drained);
}
