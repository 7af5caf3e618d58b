package app.richcontact.application.port.in;

import java.time.Instant;

/**
 * Captures the channel conversations created while no event could reach us (a disconnect, the
 * time before start-up): Crisp does not replay missed events.
 */
@FunctionalInterface
public interface CatchUpConversationsUseCase {

    CatchUpReport catchUp(Instant from, Instant until);
}
