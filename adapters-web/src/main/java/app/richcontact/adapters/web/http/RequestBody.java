package app.richcontact.adapters.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request's raw bytes, never keeping more than a limit, whatever {@code Content-Length}
 * claims. The rest of an over-large body is read and discarded (up to a bound) before the 413
 * is sent: a client still sending would otherwise see a reset connection instead of the answer.
 */
public final class RequestBody {

    /** Beyond this, an over-large body is not drained: the connection is simply closed. */
    private static final long MAX_DRAINED_BYTES = 1L << 20;

    private RequestBody() {
    }

    public static byte[] read(Context ctx, int limit) throws BodyTooLargeException, IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            if (ctx.req().getContentLengthLong() > limit + MAX_DRAINED_BYTES) {
                throw new BodyTooLargeException();
            }
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                drain(in);
                throw new BodyTooLargeException();
            }
            return bytes;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] discarded = new byte[8192];
        long drained = 0;
        int read;
        while (drained < MAX_DRAINED_BYTES && (read = in.read(discarded)) >= 0) {
            drained += read;
        }
    }
}
