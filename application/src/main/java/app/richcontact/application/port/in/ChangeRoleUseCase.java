package app.richcontact.application.port.in;

/**
 * Takes or hands back the active replica's duties (listening to Crisp, running captures) when
 * the replica's role changes; the leader-election adapter calls it, one change at a time.
 */
@FunctionalInterface
public interface ChangeRoleUseCase {

    /** Returns once the change is done: the duties taken, or handed back and the open captures drained. */
    ReplicaRole change(RoleChange change);
}
