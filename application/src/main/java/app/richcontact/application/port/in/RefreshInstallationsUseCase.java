package app.richcontact.application.port.in;

import java.time.Instant;

/** Reloads only the installations that changed since a moment: the cheap periodic refresh. */
@FunctionalInterface
public interface RefreshInstallationsUseCase {

    /** @return how many installations were reloaded */
    int refreshChangedSince(Instant since);
}
