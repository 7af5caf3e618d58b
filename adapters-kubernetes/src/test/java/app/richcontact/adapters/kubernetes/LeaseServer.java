package app.richcontact.adapters.kubernetes;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.URI;
import java.util.HashMap;

/** fabric8's mock API server in CRUD mode over real HTTP on loopback: Leases are stored and versioned. */
final class LeaseServer implements AutoCloseable {

    static final String NAMESPACE = "rich-contact";
    static final String LEASE = "rich-contact";

    private final KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(),
            new HashMap<>(), new KubernetesCrudDispatcher(), false);
    private final KubernetesClient client;

    LeaseServer() {
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/");
    }

    int port() {
        return server.getPort();
    }

    Lease lease() {
        return client.leases().inNamespace(NAMESPACE).withName(LEASE).get();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
