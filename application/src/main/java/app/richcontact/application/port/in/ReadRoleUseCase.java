package app.richcontact.application.port.in;

/** The replica's role now, for readiness and metrics: cheap, never blocks on a change under way. */
@FunctionalInterface
public interface ReadRoleUseCase {

    ReplicaRole role();
}
