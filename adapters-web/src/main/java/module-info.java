/**
 * Inbound adapter on Javalin: the settings page shown inside Crisp and its JSON API, Crisp web
 * hooks, health and Prometheus metrics. Only the server, its configuration and the metric
 * extension points are exported.
 */
module app.richcontact.adapters.web {
    // Transitive: the exported configuration and ports speak in application and domain types.
    requires transitive app.richcontact.application;
    requires app.richcontact.crispevents;
    requires app.richcontact.crispevents.jackson;
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires io.prometheus.metrics.model;
    requires io.prometheus.writer.text;
    requires io.prometheus.metrics.instrumentation.jvm;
    // The JVM and process collectors read these; automatic modules cannot ask for them.
    requires java.management;
    requires jdk.management;

    exports app.richcontact.adapters.web;
}
