package app.richcontact.adapters.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads a request's raw bytes, never keeping more than a limit, whatever {@code Content-Length}
 * claims, and never for longer than {@link #DEADLINE}: a body that trickles in is cut (each
 * blocking read is itself bounded by the server's idle timeout), so that slow uploads cannot
 * hold request threads. The rest of an over-large body is read and discarded (up to a bound)
 * before the 413 is sent: a client still sending would otherwise see a reset connection.
 */
public final class RequestBody {

    /** Beyond this, an over-large body is not drained: the connection is simply closed. */
    private static final long MAX_DRAINED_BYTES = 1L << 20;
    /** Ample for the 64 KiB a genuine request may carry, even on a slow link. */
    public static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final int CHUNK = 8192;

    private RequestBody() {
    }

    public static byte[] read(Context ctx, int limit) throws BodyTooLargeException, BodyTooSlowException, IOException {
        long giveUpAt = System.nanoTime() + DEADLINE.toNanos();
        try (InputStream in = ctx.req().getInputStream()) {
            if (ctx.req().getContentLengthLong() > limit + MAX_DRAINED_BYTES) {
                throw new BodyTooLargeException();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.min(limit + 1, CHUNK));
            byte[] chunk = new byte[CHUNK];
            int read;
            while (bytes.size() <= limit && (read = in.read(chunk, 0, Math.min(CHUNK, limit + 1 - bytes.size()))) >= 0) {
                bytes.write(chunk, 0, read);
                if (System.nanoTime() - giveUpAt > 0) {
                    throw new BodyTooSlowException();
                }
            }
            if (bytes.size() > limit) {
                drain(in, giveUpAt);
                throw new BodyTooLargeException();
            }
            return bytes.toByteArray();
        }
    }

    private static void drain(InputStream in, long giveUpAt) throws IOException {
        byte[] discarded = new byte[CHUNK];
        long drained = 0;
        int read;
        while (drained < MAX_DRAINED_BYTES && System.nanoTime() - giveUpAt < 0 && (read = in.read(discarded)) >= 0) {
            drained += read;
        }
    }
}
