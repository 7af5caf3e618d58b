/**
 * An emulator of Crisp's plugin API (REST and Socket.IO RTM) over real sockets, for tests,
 * benchmarks and the sandbox run mode; shares no code with the plugin. Only
 * {@code app.richcontact.sandbox} is exported.
 */
module app.richcontact.sandbox {
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires socket.io.server;
    requires engine.io.server;
    requires org.json;
    requires org.slf4j;
    requires java.net.http;
    requires org.eclipse.jetty.io;

    exports app.richcontact.sandbox;
}
