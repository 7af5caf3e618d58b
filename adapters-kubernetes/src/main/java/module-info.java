/**
 * Inbound adapter: which replica is the active one, through a Kubernetes Lease
 * (coordination.k8s.io/v1) and the fabric8 client's leader election over the JDK's HTTP client.
 * The fabric8 jars have no module descriptors: they are automatic modules named after their
 * files (no split packages among them). An automatic module declares no {@code requires}, so the
 * named modules fabric8 needs (Jackson 3 and its YAML reader) are required here: otherwise the
 * real launch does not resolve them (tests alone would not show it: surefire resolves every jar).
 */
module app.richcontact.adapters.kubernetes {
    requires app.richcontact.application;
    requires kubernetes.client.api;
    requires kubernetes.model.core;
    requires kubernetes.model.coordination;
    requires io.fabric8.kubernetes.client.jdkhttp;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires com.fasterxml.jackson.annotation;
    requires org.slf4j;

    exports app.richcontact.adapters.kubernetes;
}
