/**
 * Inbound adapter: Crisp's real-time events (Socket.IO) into the application's in-ports.
 * Exports only the listener, its configuration, the endpoint discovery it needs and the
 * health and counter snapshots it gives; its view of org.json for Crisp's event reader
 * ({@code wire}) and the connection machinery ({@code runtime}) stay inside.
 */
module app.richcontact.adapters.crisprtm {
    requires app.richcontact.application;
    requires app.richcontact.crispevents;
    requires socket.io.client;
    requires engine.io.client;
    requires okhttp3;
    requires org.json;
    requires org.slf4j;

    exports app.richcontact.adapters.crisprtm;
}
