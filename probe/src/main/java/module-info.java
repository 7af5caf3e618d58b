/**
 * The operators' probe: settles, against the real Crisp, what Crisp does not document, and prints
 * the configuration the plugin should run with. It reads the plugin's own environment (bootstrap)
 * and names the REST adapter's settings; it shares neither's Crisp client, so every answer
 * reaches it raw. Nothing is exported: it is a command.
 */
module app.richcontact.probe {
    requires app.richcontact.bootstrap;
    requires app.richcontact.adapters.crisprest;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires socket.io.client;
    requires engine.io.client;
    requires okhttp3;
    requires org.json;
}
