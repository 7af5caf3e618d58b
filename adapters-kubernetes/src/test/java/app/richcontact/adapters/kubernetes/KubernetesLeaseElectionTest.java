package app.richcontact.adapters.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.richcontact.sandbox.TcpRelay;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KubernetesLeaseElectionTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final LeaseServer server = new LeaseServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void ofTwoReplicasExactlyOneIsActiveAndTheFirstTermCatchesUpOverTheStartUpLookBack() {
        try (Replica a = new Replica("pod-a", server.uri()).start(); Replica b = new Replica("pod-b", server.uri()).start()) {
            await("one replica active", () -> a.active() || b.active());
            Replica active = a.active() ? a : b;
            Replica standby = a.active() ? b : a;

            assertFalse(standby.active());
            assertEquals(active.name, server.lease().getSpec().getHolderIdentity());
            assertEquals(1, active.catchUps.size());
            assertEquals(Optional.empty(), active.catchUps.get(0), "a new Lease had no previous holder");
            assertTrue(standby.catchUps.isEmpty());
        }
    }

    @Test
    void closingTheActiveReplicaReleasesTheLeaseSoThatTheStandbyCatchesUpFromWhenItStoppedListening() {
        Replica a = new Replica("pod-a", server.uri()).start();
        await("pod-a active", a::active);
        try (Replica b = new Replica("pod-b", server.uri()).start()) {
            a.close();
            Instant stoppedListening = a.roles.role().since();
            assertFalse(a.active());
            assertEquals("", server.lease().getSpec().getHolderIdentity(), "released");

            await("pod-b active", b::active);
            Instant from = b.catchUps.get(0).orElseThrow();
            assertEquals(stoppedListening.truncatedTo(ChronoUnit.MILLIS), from.truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Test
    void anActiveReplicaCutFromTheApiServerStandsByItselfAndTheOtherCatchesUpFromItsLastRenewal() throws Exception {
        try (TcpRelay proxy = new TcpRelay(server.port())) {
            Replica a = new Replica("pod-a", URI.create("http://127.0.0.1:" + proxy.port() + "/")).start();
            await("pod-a active", a::active);
            try (Replica b = new Replica("pod-b", server.uri()).start()) {
                Instant acquired = server.lease().getSpec().getAcquireTime().toInstant();
                Instant cutAt = Instant.now();
                proxy.cut();

                await("pod-a stands by", () -> !a.active());
                await("pod-b active", b::active);

                Instant from = b.catchUps.get(0).orElseThrow();
                // pod-a's last renewal: at or after it took the Lease, before the cut (it could not write after it).
                assertTrue(!from.isBefore(acquired) && !from.isAfter(cutAt),
                        "the catch-up starts at pod-a's last renewal: " + from + ", acquired " + acquired + ", cut " + cutAt);
                assertEquals(1, a.handBacks.get());
            } finally {
                a.close();
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + DEADLINE + ": " + what);
            }
            Thread.onSpinWait();
        }
    }
}
