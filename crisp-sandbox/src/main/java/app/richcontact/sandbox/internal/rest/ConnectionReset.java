package app.richcontact.sandbox.internal.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/** Aborts a request's TCP connection with a RST, so the client sees an I/O error rather than an answer. */
final class ConnectionReset extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConnectionReset() {
        super(null, null, false, false);
    }

    static void reset(Context ctx) {
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                .getConnectionMetaData().getConnection().getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            try {
                // Linger 0 turns the close into a RST instead of an orderly FIN.
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException ignored) {
                // Already closing: the client gets an EOF instead of a reset, still an I/O error.
            }
        }
        endPoint.close();
    }
}
