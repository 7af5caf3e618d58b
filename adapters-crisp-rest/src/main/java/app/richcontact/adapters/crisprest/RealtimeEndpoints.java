package app.richcontact.adapters.crisprest;

import java.net.URI;

/** Where Crisp's real-time (Socket.IO) server listens, and its fallback (null when none). */
public record RealtimeEndpoints(URI primary, URI rescue) {
}
