/**
 * Inbound adapter: which replica is the active one, through a Kubernetes Lease
 * (coordination.k8s.io/v1) and the fabric8 client's leader election over the JDK's HTTP client.
 * The fabric8 jars have no module descriptors: they are automatic modules named after their
 * files (no split packages among them).
 */
module app.richcontact.adapters.kubernetes {
    requires app.richcontact.application;
    requires kubernetes.client.api;
    requires kubernetes.model.core;
    requires kubernetes.model.coordination;
    requires io.fabric8.kubernetes.client.jdkhttp;
    requires org.slf4j;

    exports app.richcontact.adapters.kubernetes;
}
