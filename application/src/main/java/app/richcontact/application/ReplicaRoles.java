package app.richcontact.application;

import app.richcontact.application.port.in.ChangeRoleUseCase;
import app.richcontact.application.port.in.DrainCapturesUseCase;
import app.richcontact.application.port.in.ReadRoleUseCase;
import app.richcontact.application.port.in.ReplicaRole;
import app.richcontact.application.port.in.RoleChange;
import app.richcontact.application.port.out.ActiveDuties;
import java.time.Clock;
import java.time.Duration;

/**
 * The replica's role: standby until told otherwise; becoming active takes the duties, standing by
 * first says so (so that readiness and metrics tell at once), then stops the event sources so that
 * no capture starts, then drains the open ones within the hand-back deadline. A change to the role
 * it already has does nothing, so a repeated signal is harmless.
 */
public final class ReplicaRoles implements ChangeRoleUseCase, ReadRoleUseCase {

    private final Clock clock;
    private final ActiveDuties duties;
    private final DrainCapturesUseCase drain;
    private final Duration handBackDeadline;
    private volatile ReplicaRole role;

    /** @param handBackDeadline how long captures held when the role is lost may take to finish */
    public ReplicaRoles(Clock clock, ActiveDuties duties, DrainCapturesUseCase drain, Duration handBackDeadline) {
        this.clock = clock;
        this.duties = duties;
        this.drain = drain;
        this.handBackDeadline = handBackDeadline;
        this.role = new ReplicaRole(false, clock.instant());
    }

    @Override
    public synchronized ReplicaRole change(RoleChange change) {
        boolean activate = change instanceof RoleChange.Activate;
        if (activate == role.active()) {
            return role;
        }
        if (change instanceof RoleChange.Activate active) {
            duties.take(active.catchUpFrom());
            role = new ReplicaRole(true, clock.instant());
        } else {
            role = new ReplicaRole(false, clock.instant());
            duties.handBack();
            duties.handedBack(drain.drain(handBackDeadline));
        }
        return role;
    }

    @Override
    public ReplicaRole role() {
        return role;
    }
}
