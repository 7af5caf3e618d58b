/**
 * An emulator of Crisp's plugin API (REST and Socket.IO RTM) over real sockets, for tests,
 * benchmarks and the sandbox run mode; shares no code with the plugin. Only
 * {@code app.richcontact.sandbox} is exported; JSON is handled as trees, so no package is
 * opened to Jackson.
 */
module app.richcontact.sandbox {
    requires io.javalin;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.ee10.servlet;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;
    requires com.fasterxml.jackson.databind;
    requires socket.io.server;
    requires engine.io.server;
    requires org.json;
    requires java.net.http;

    exports app.richcontact.sandbox;
}
