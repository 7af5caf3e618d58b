package app.richcontact.bootstrap;

import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import app.richcontact.application.port.in.ReadRoleUseCase;
import app.richcontact.application.port.in.ReplicaRole;

/** The replica's role as metrics: whether it is the active one, and since when. */
final class RoleMetrics implements MetricSource {

    private final ReadRoleUseCase roles;

    RoleMetrics(ReadRoleUseCase roles) {
        this.roles = roles;
    }

    @Override
    public void writeTo(MetricWriter writer) {
        ReplicaRole role = roles.role();
        writer.gauge("richcontact_active", "1 while this replica listens to Crisp and runs captures; 0 on standby.",
                role.active() ? 1 : 0);
        writer.gauge("richcontact_role_since_timestamp_seconds", "When this replica took its current role.",
                role.since().getEpochSecond());
    }
}
