package app.richcontact.adapters.kubernetes;

import app.richcontact.application.port.in.ChangeRoleUseCase;
import app.richcontact.application.port.in.RoleChange;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectorBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Competes for the Lease with fabric8's leader election and tells the application its role:
 * active while it holds the Lease, standby otherwise. Three guarantees rest here: a role change
 * runs on a thread of its own, never on the elector's; the active replica stands by by itself as
 * soon as its last successful renewal is older than the renew deadline, even while a request to the
 * API server hangs (a watchdog, not only fabric8's loop); and {@link #close()} stands by first (the
 * event sources stop, open captures drain), then releases the Lease with the time it stopped
 * listening as the renewal time, so that the next holder catches up from exactly there.
 */
public final class KubernetesLeaseElection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KubernetesLeaseElection.class);

    private final KubernetesLeaseConfig config;
    private final ChangeRoleUseCase roles;
    private final Clock clock;
    private final KubernetesClient client;
    private final String namespace;
    private final ObservedLease lease;
    private final ExecutorService roleThread = Executors.newSingleThreadExecutor(named("role"));
    private final ExecutorService electorThreads = Executors.newCachedThreadPool(named("elector"));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(named("watchdog"));
    private volatile CompletableFuture<?> candidacy = CompletableFuture.completedFuture(null);
    private volatile boolean leading;
    private volatile Instant stoppedListeningAt;
    private volatile boolean closed;

    public KubernetesLeaseElection(KubernetesLeaseConfig config, ChangeRoleUseCase roles, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = new KubernetesClientBuilder().withHttpClientFactory(new JdkHttpClientFactory())
                .withConfig(clientConfig(config)).build();
        // In a pod the client has read its namespace from the service account.
        this.namespace = config.namespace().orElseGet(() -> Objects.requireNonNullElse(client.getNamespace(), "default"));
        this.lease = new ObservedLease(namespace, config.leaseName(), config.identity());
    }

    /** Starts competing for the Lease; returns at once. */
    public void start() {
        stand("not elected yet");
        compete();
        // A quarter of the retry period: the stand-by comes at most that late after the renew deadline.
        long every = Math.max(1, config.retryPeriod().toMillis() / 4);
        watchdog.scheduleWithFixedDelay(this::checkRenewals, every, every, TimeUnit.MILLISECONDS);
        LOG.info("competing for Lease {}/{} as {} (lease {}, renew deadline {})", namespace,
                config.leaseName(), config.identity(), config.leaseDuration(), config.renewDeadline());
    }

    private void compete() {
        if (closed) {
            return;
        }
        var election = new LeaderElectionConfigBuilder()
                .withName(config.leaseName())
                .withLock(lease)
                .withLeaseDuration(config.leaseDuration())
                .withRenewDeadline(config.renewDeadline())
                .withRetryPeriod(config.retryPeriod())
                .withReleaseOnCancel(false)
                .withLeaderCallbacks(new LeaderCallbacks(this::onLeading, () -> onLost("the Lease was not renewed"),
                        holder -> { }))
                .build();
        CompletableFuture<?> running = new LeaderElectorBuilder(client, electorThreads).withConfig(election).build()
                .start();
        candidacy = running;
        // An elector that lost the Lease never tries again: the next candidacy is a new one.
        running.whenComplete((done, failed) -> electorThreads.execute(this::compete));
    }

    private void onLeading() {
        leading = true;
        var from = lease.previousRenewal();
        roleThread.execute(() -> {
            if (!leading || closed) {
                return;
            }
            LOG.info("holding Lease {}: active; catching up from {}", config.leaseName(),
                    from.map(Instant::toString).orElse("the start-up look-back"));
            roles.change(new RoleChange.Activate(from));
        });
    }

    private void onLost(String why) {
        if (!leading) {
            return;
        }
        leading = false;
        lease.standingBy();
        stand(why);
    }

    private void stand(String why) {
        roleThread.execute(() -> {
            if (leading) {
                return;
            }
            stoppedListeningAt = roles.change(new RoleChange.StandBy(why)).since();
        });
    }

    /** The active replica stops itself when it cannot renew, whatever fabric8's loop is doing. */
    private void checkRenewals() {
        if (!leading) {
            return;
        }
        long sinceWrite = System.nanoTime() - lease.lastWriteNanos();
        if (sinceWrite > config.renewDeadline().toNanos()) {
            LOG.warn("Lease {} not renewed for {} ms (deadline {}): standing by", config.leaseName(),
                    TimeUnit.NANOSECONDS.toMillis(sinceWrite), config.renewDeadline());
            onLost("the Lease could not be renewed in time");
            CompletableFuture<?> stale = candidacy;
            // Cancelling waits for fabric8's lock, which a hung request holds: never on this thread.
            electorThreads.execute(() -> stale.cancel(true));
        }
    }

    /**
     * Stands by (the event sources stop, the open captures drain), then gives the Lease up with
     * the moment this replica stopped listening, so that a standby takes over at once.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        watchdog.shutdownNow();
        boolean wasLeading = leading;
        leading = false;
        stand("shutting down");
        roleThread.shutdown();
        candidacy.cancel(true);
        try {
            roleThread.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (wasLeading) {
            release();
        }
        electorThreads.shutdownNow();
        client.close();
    }

    private void release() {
        try {
            LeaderElectionRecord current = lease.get(client);
            if (current == null || !config.identity().equals(current.getHolderIdentity())) {
                return;
            }
            Instant stopped = stoppedListeningAt == null ? clock.instant() : stoppedListeningAt;
            // The lock sends the resourceVersion it just read: an optimistic update, refused if anyone wrote
            // since. An empty holder is a free Lease to every candidate (fabric8's and client-go's).
            lease.update(client, current.toBuilder().holderIdentity("").leaseDuration(Duration.ofSeconds(1))
                    .renewTime(stopped.atZone(ZoneOffset.UTC)).build());
            LOG.info("released Lease {} (stopped listening at {})", config.leaseName(), stopped);
        } catch (KubernetesClientException failed) {
            // Another replica may already hold it, after our lease ran out while we drained.
            LOG.warn("could not release Lease {}: HTTP {}", config.leaseName(), failed.getCode());
        }
    }

    private static Config clientConfig(KubernetesLeaseConfig config) {
        ConfigBuilder builder = config.apiServer()
                .map(server -> new ConfigBuilder(Config.empty()).withMasterUrl(server.toString()).withTrustCerts(true))
                .orElseGet(() -> new ConfigBuilder(Config.autoConfigure(null)));
        // A hung request must not outlive the renew deadline: the watchdog stands by at that deadline anyway.
        int timeout = (int) config.renewDeadline().toMillis();
        return builder.withRequestTimeout(timeout).withConnectionTimeout(timeout).withRequestRetryBackoffLimit(0)
                .build();
    }

    private static java.util.concurrent.ThreadFactory named(String role) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "lease-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
