package app.richcontact.adapters.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.Lock;
import java.time.Instant;
import java.util.Optional;

/**
 * fabric8's Lease lock, watched: it remembers the last record read before this replica wrote
 * itself in (so the new active replica knows when the previous holder last renewed) and when a
 * write of ours last succeeded (so the active replica can tell by itself that it no longer renews).
 */
final class ObservedLease implements Lock {

    private final LeaseLock lease;
    private volatile LeaderElectionRecord lastRead;
    private volatile boolean termStarted;
    private volatile Optional<Instant> previousRenewal = Optional.empty();
    private volatile long lastWriteNanos;

    ObservedLease(String namespace, String name, String identity) {
        this.lease = new LeaseLock(namespace, name, identity);
    }

    @Override
    public LeaderElectionRecord get(KubernetesClient client) {
        LeaderElectionRecord read = lease.get(client);
        lastRead = read;
        return read;
    }

    @Override
    public void create(KubernetesClient client, LeaderElectionRecord record) {
        lease.create(client, record);
        written(null);
    }

    @Override
    public void update(KubernetesClient client, LeaderElectionRecord record) {
        LeaderElectionRecord previous = lastRead;
        lease.update(client, record);
        written(previous);
    }

    private void written(LeaderElectionRecord previous) {
        lastWriteNanos = System.nanoTime();
        if (!termStarted) {
            termStarted = true;
            previousRenewal = previous == null || previous.getRenewTime() == null ? Optional.empty()
                    : Optional.of(previous.getRenewTime().toInstant());
        }
    }

    /**
     * When the holder before us last renewed (or released the Lease), as the record said when we
     * took it over; empty when the Lease did not exist yet.
     */
    Optional<Instant> previousRenewal() {
        return previousRenewal;
    }

    /** Forgets the previous holder: the next take-over records its own. */
    void standingBy() {
        termStarted = false;
    }

    /** {@link System#nanoTime()} of our last successful write, or 0 before the first. */
    long lastWriteNanos() {
        return lastWriteNanos;
    }

    @Override
    public String identity() {
        return lease.identity();
    }

    @Override
    public String describe() {
        return lease.describe();
    }
}
