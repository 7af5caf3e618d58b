package app.richcontact.application.port.in;

/** Keeps the in-memory installations and settings current as Crisp announces changes. */
@FunctionalInterface
public interface TrackInstallationsUseCase {

    void handle(InstallationEvent event);
}
