/**
 * Outbound adapter: the application's out-ports over Crisp's REST API, with
 * {@code java.net.http}, Jackson and Failsafe. Exports only its gateway and configuration.
 */
module app.richcontact.adapters.crisprest {
    requires app.richcontact.application;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires dev.failsafe.core;
    requires org.slf4j;

    exports app.richcontact.adapters.crisprest;
}
