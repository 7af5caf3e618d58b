package app.richcontact.adapters.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request's raw bytes, never more than a limit, whatever {@code Content-Length} claims. */
public final class RequestBody {

    private RequestBody() {
    }

    /** True when the client announced a body over the limit, so it need not be read at all. */
    public static boolean declaredTooLarge(Context ctx, int limit) {
        return ctx.req().getContentLengthLong() > limit;
    }

    public static byte[] read(Context ctx, int limit) throws BodyTooLargeException, IOException {
        if (declaredTooLarge(ctx, limit)) {
            throw new BodyTooLargeException();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new BodyTooLargeException();
            }
            return bytes;
        }
    }
}
