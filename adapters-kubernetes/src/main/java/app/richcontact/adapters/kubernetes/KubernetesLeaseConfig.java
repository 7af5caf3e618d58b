package app.richcontact.adapters.kubernetes;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Which Lease the replicas compete for and how fast: build it with {@link #builder(String, String)},
 * whose fields hold the defaults (client-go's: 15 s lease, 10 s renew deadline, 2 s retry period).
 *
 * @param namespace     the namespace of the Lease, or empty for the client's own (in a pod: the service account's)
 * @param leaseName     the Lease's name, the one the Role allows by {@code resourceNames}
 * @param identity      this replica's name in {@code holderIdentity} (in a pod: its name)
 * @param leaseDuration how long a standby waits after the holder's last renewal before taking over
 * @param renewDeadline how long the active replica may fail to renew before it stands by by itself
 * @param retryPeriod   how often candidates try and the active replica renews
 * @param apiServer     the API server, or empty for the in-cluster service account's configuration
 */
public record KubernetesLeaseConfig(Optional<String> namespace, String leaseName, String identity, Duration leaseDuration,
                                    Duration renewDeadline, Duration retryPeriod, Optional<URI> apiServer) {

    public KubernetesLeaseConfig {
        require(namespace != null && namespace.stream().noneMatch(String::isBlank), "namespace must not be blank");
        require(leaseName != null && !leaseName.isBlank(), "leaseName must be given");
        require(identity != null && !identity.isBlank(), "identity must be given");
        require(positive(retryPeriod), "retryPeriod must be positive");
        require(positive(renewDeadline) && renewDeadline.compareTo(retryPeriod) > 0,
                "renewDeadline must be longer than retryPeriod");
        require(positive(leaseDuration) && leaseDuration.compareTo(renewDeadline) > 0,
                "leaseDuration must be longer than renewDeadline");
        require(apiServer != null, "apiServer must be given (empty for in-cluster)");
    }

    public static Builder builder(String identity) {
        return new Builder(identity);
    }

    /** Builds a {@link KubernetesLeaseConfig}; its field initialisers are the defaults. */
    public static final class Builder {

        private final String identity;

        private Builder(String identity) {
            this.identity = identity;
        }

        private String namespace;
        public Builder namespace(String value) { this.namespace = value; return this; }
        private String leaseName = "rich-contact";
        public Builder leaseName(String value) { this.leaseName = value; return this; }
        private Duration leaseDuration = Duration.ofSeconds(15);
        public Builder leaseDuration(Duration value) { this.leaseDuration = value; return this; }
        private Duration renewDeadline = Duration.ofSeconds(10);
        public Builder renewDeadline(Duration value) { this.renewDeadline = value; return this; }
        private Duration retryPeriod = Duration.ofSeconds(2);
        public Builder retryPeriod(Duration value) { this.retryPeriod = value; return this; }
        private URI apiServer;
        public Builder apiServer(URI value) { this.apiServer = value; return this; }

        public KubernetesLeaseConfig build() {
            return new KubernetesLeaseConfig(Optional.ofNullable(namespace), leaseName, identity, leaseDuration, renewDeadline, retryPeriod,
                    Optional.ofNullable(apiServer));
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
