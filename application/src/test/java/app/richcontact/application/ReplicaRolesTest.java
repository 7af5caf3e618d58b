package app.richcontact.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.application.fake.ManualClock;
import app.richcontact.application.port.in.DrainCapturesUseCase.DrainReport;
import app.richcontact.application.port.in.ReplicaRole;
import app.richcontact.application.port.in.RoleChange;
import app.richcontact.application.port.out.ActiveDuties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplicaRolesTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant PREVIOUS_RENEWAL = START.minusSeconds(7);

    private final ManualClock clock = new ManualClock(START);
    private final List<String> calls = new ArrayList<>();
    private final ActiveDuties duties = new ActiveDuties() {
        @Override
        public void take(Optional<Instant> catchUpFrom) {
            calls.add("take from " + catchUpFrom.map(Instant::toString).orElse("start-up look-back"));
        }

        @Override
        public void handBack() {
            calls.add("hand back");
        }

        @Override
        public void handedBack(DrainReport drained) {
            calls.add("drained " + drained.closed());
        }
    };
    private final ReplicaRoles roles = new ReplicaRoles(clock, duties, deadline -> {
        calls.add("drain within " + deadline);
        return new DrainReport(2, 0);
    }, Duration.ofSeconds(20));

    @Test
    void aReplicaStandsByUntilItIsToldItIsActive() {
        assertEquals(new ReplicaRole(false, START), roles.role());
        assertTrue(calls.isEmpty());
    }

    @Test
    void becomingActiveTakesTheDutiesWithACatchUpFromThePreviousHoldersLastRenewal() {
        clock.advance(Duration.ofSeconds(3));

        ReplicaRole role = roles.change(new RoleChange.Activate(Optional.of(PREVIOUS_RENEWAL)));

        assertEquals(new ReplicaRole(true, START.plusSeconds(3)), role);
        assertEquals("active", roles.role().name());
        assertEquals(List.of("take from " + PREVIOUS_RENEWAL), calls);
    }

    @Test
    void standingByStopsTheSourcesBeforeDrainingTheOpenCapturesWithinTheDeadline() {
        roles.change(new RoleChange.Activate(Optional.empty()));
        clock.advance(Duration.ofSeconds(5));

        ReplicaRole role = roles.change(new RoleChange.StandBy("lease lost"));

        assertEquals(new ReplicaRole(false, START.plusSeconds(5)), role);
        assertEquals(List.of("take from start-up look-back", "hand back", "drain within PT20S", "drained 2"), calls);
    }

    @Test
    void aRepeatedSignalChangesNothing() {
        roles.change(new RoleChange.StandBy("not elected"));
        roles.change(new RoleChange.Activate(Optional.empty()));
        clock.advance(Duration.ofSeconds(1));
        roles.change(new RoleChange.Activate(Optional.of(PREVIOUS_RENEWAL)));

        assertEquals(START, roles.role().since());
        assertEquals(List.of("take from start-up look-back"), calls);
    }
}
