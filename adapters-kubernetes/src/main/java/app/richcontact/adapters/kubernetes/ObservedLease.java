package app.richcontact.adapters.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.Lock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * fabric8's Lease lock, watched: it remembers the last record read before this replica wrote
 * itself in (so the new active replica knows when the previous holder last renewed) and when a
 * write of ours last succeeded (so the active replica can tell by itself that it no longer renews),
 * and it says once in a line when the API server stops and starts answering (fabric8's elector
 * would print a stack trace at every retry; its logger is off in the logging configurations).
 */
final class ObservedLease implements Lock {

    private static final Logger LOG = LoggerFactory.getLogger(KubernetesLeaseElection.class);
    private static final int HTTP_CONFLICT = 409;

    private final LeaseLock lease;
    private volatile LeaderElectionRecord lastRead;
    private volatile boolean termStarted;
    private volatile Optional<Instant> previousRenewal = Optional.empty();
    private volatile long lastWriteNanos;
    private volatile boolean failing;

    ObservedLease(String namespace, String name, String identity) {
        this.lease = new LeaseLock(namespace, name, identity);
    }

    @Override
    public LeaderElectionRecord get(KubernetesClient client) {
        LeaderElectionRecord read = reported("read", () -> lease.get(client));
        lastRead = read;
        return read;
    }

    @Override
    public void create(KubernetesClient client, LeaderElectionRecord record) {
        reported("create", () -> {
            lease.create(client, record);
            return null;
        });
        written(null);
    }

    @Override
    public void update(KubernetesClient client, LeaderElectionRecord record) {
        LeaderElectionRecord previous = lastRead;
        reported("update", () -> {
            lease.update(client, record);
            return null;
        });
        written(previous);
    }

    private <T> T reported(String action, Supplier<T> call) {
        try {
            T result = call.get();
            if (failing) {
                failing = false;
                LOG.info("the API server answers again for {}", lease.describe());
            }
            return result;
        } catch (KubernetesClientException failed) {
            // A conflict is the optimistic update doing its job (another replica wrote first): not a failure.
            if (!failing && failed.getCode() != HTTP_CONFLICT) {
                failing = true;
                LOG.warn("could not {} {}: {} ({}); retrying", action, lease.describe(),
                        failed.getCode() == 0 ? "no answer" : "HTTP " + failed.getCode(),
                        failed.getCause() == null ? failed.getClass().getSimpleName()
                                : failed.getCause().getClass().getSimpleName());
            }
            throw failed;
        }
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
