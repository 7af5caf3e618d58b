/**
 * Inbound adapter: Crisp's real-time events (Socket.IO over java.net.http) into the application's in-ports.
 * Exports only the listener, its configuration, the endpoint discovery it needs and the
 * health and counter snapshots it gives; its Socket.IO frames and payload parser
 * ({@code wire}) and the connection machinery ({@code runtime}) stay inside.
 */
module app.richcontact.adapters.crisprtm {
    requires app.richcontact.application;
    requires app.richcontact.crispevents;
    requires app.richcontact.crispevents.jackson;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports app.richcontact.adapters.crisprtm;
}
