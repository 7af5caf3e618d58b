package app.richcontact.adapters.crisprtm;

/**
 * Finds out where Crisp's real-time server is. Bootstrap bridges it to the REST adapter's
 * {@code plugin/connect/endpoints} call; the listener calls it at start, when the endpoints are
 * old, and after both URLs failed repeatedly. It may block and may throw: a failure is retried.
 */
@FunctionalInterface
public interface RtmEndpointDiscovery {

    RtmEndpoints discover();
}
