package app.richcontact.adapters.crisprtm;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where Crisp's real-time server listens ({@code socket.app} of {@code plugin/connect/endpoints})
 * and its fallback ({@code rescue.socket.app}, null when Crisp gives none). The Socket.IO path is
 * each URL's path.
 */
public record RtmEndpoints(URI primary, URI rescue) {

    private static final Set<String> SCHEMES = Set.of("http", "https", "ws", "wss");

    public RtmEndpoints {
        requireUsable(primary, "primary");
        if (rescue != null) {
            requireUsable(rescue, "rescue");
        }
    }

    private static void requireUsable(URI uri, String name) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null
                || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) or ws(s) URL with a host");
        }
    }
}
