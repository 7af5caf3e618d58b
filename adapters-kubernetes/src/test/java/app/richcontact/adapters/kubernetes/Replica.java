package app.richcontact.adapters.kubernetes;

import app.richcontact.application.ReplicaRoles;
import app.richcontact.application.port.in.DrainCapturesUseCase.DrainReport;
import app.richcontact.application.port.out.ActiveDuties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** One plugin replica as far as its role goes: the application's roles over recorded duties, and its election. */
final class Replica implements AutoCloseable {

    /** Short durations, so that a take-over happens within seconds. */
    static KubernetesLeaseConfig config(String identity, URI apiServer) {
        return KubernetesLeaseConfig.builder(identity).namespace(LeaseServer.NAMESPACE).leaseName(LeaseServer.LEASE)
                .leaseDuration(Duration.ofMillis(1_500)).renewDeadline(Duration.ofMillis(1_000))
                .retryPeriod(Duration.ofMillis(200)).apiServer(apiServer).build();
    }

    final String name;
    final List<Optional<Instant>> catchUps = new CopyOnWriteArrayList<>();
    final AtomicInteger handBacks = new AtomicInteger();
    final ReplicaRoles roles;
    final KubernetesLeaseElection election;

    Replica(String name, URI apiServer) {
        this.name = name;
        ActiveDuties duties = new ActiveDuties() {
            @Override
            public void take(Optional<Instant> catchUpFrom) {
                catchUps.add(catchUpFrom);
            }

            @Override
            public void handBack() {
                handBacks.incrementAndGet();
            }

            @Override
            public void handedBack(DrainReport drained) {
            }
        };
        this.roles = new ReplicaRoles(Clock.systemUTC(), duties, deadline -> new DrainReport(0, 0), Duration.ofSeconds(1));
        this.election = new KubernetesLeaseElection(config(name, apiServer), roles, Clock.systemUTC());
    }

    Replica start() {
        election.start();
        return this;
    }

    boolean active() {
        return roles.role().active();
    }

    @Override
    public void close() {
        election.close();
    }
}
