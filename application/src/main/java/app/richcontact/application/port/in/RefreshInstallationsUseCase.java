package app.richcontact.application.port.in;

import java.time.Instant;

/** Applies only the installation changes since a moment (installs, updates, uninstalls): the cheap periodic refresh. */
@FunctionalInterface
public interface RefreshInstallationsUseCase {

    /**
     * @return how many installations changed
     * @throws UseCaseFailure when Crisp could not be read
     */
    int refreshChangedSince(Instant since);
}
