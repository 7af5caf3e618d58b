package app.richcontact.adapters.crisprtm.runtime;

import app.richcontact.adapters.crisprtm.RtmEndpointDiscovery;
import app.richcontact.adapters.crisprtm.RtmEndpoints;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which real-time URL to try next. Endpoints are discovered at the first attempt and again when
 * they are older than {@code maxAge}; after {@code failuresBeforeSwitch} failed attempts on the
 * primary URL the rescue URL is tried, and after as many on the rescue URL the endpoints are
 * discovered again and the primary is tried anew. Each discovery is a Crisp request counted in
 * the daily quota, so rediscoveries after failures are spaced: at least 15 minutes apart, twice
 * as long each time Crisp gives the same endpoints again, up to 4 hours, until a connection
 * gets through. Control thread only.
 */
final class EndpointRotation {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointRotation.class);

    /** Discovery failed and no endpoints are known yet. */
    static final class DiscoveryFailed extends Exception {

        private static final long serialVersionUID = 1L;

        DiscoveryFailed(RuntimeException cause) {
            super("endpoint discovery failed", cause);
        }
    }

    static final Duration MIN_REDISCOVERY_SPACING = Duration.ofMinutes(15);
    static final Duration MAX_REDISCOVERY_SPACING = Duration.ofHours(4);

    private final RtmEndpointDiscovery discovery;
    private final int failuresBeforeSwitch;
    private final Duration maxAge;
    private final Clock clock;
    private Duration rediscoverySpacing = MIN_REDISCOVERY_SPACING;
    private Instant rediscoverNotBefore = Instant.MIN;
    private RtmEndpoints endpoints;
    private Instant discoveredAt;
    private boolean rediscover;
    private boolean onRescue;
    private int failures;

    EndpointRotation(RtmEndpointDiscovery discovery, int failuresBeforeSwitch, Duration maxAge, Clock clock) {
        this.discovery = discovery;
        this.failuresBeforeSwitch = failuresBeforeSwitch;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The URL for the next attempt, discovering the endpoints first when due. */
    URI next() throws DiscoveryFailed {
        Instant now = clock.instant();
        if (endpoints == null || rediscover || now.isAfter(discoveredAt.plus(maxAge))) {
            discover(now);
        }
        return onRescue ? endpoints.rescue() : endpoints.primary();
    }

    private void discover(Instant now) throws DiscoveryFailed {
        boolean afterFailures = rediscover;
        rediscover = false;
        try {
            RtmEndpoints found = Objects.requireNonNull(discovery.discover(), "discovered endpoints");
            if (!found.equals(endpoints)) {
                LOG.info("Crisp's real-time server is at {} (rescue {})", found.primary(), found.rescue());
            } else if (afterFailures) {
                Duration doubled = rediscoverySpacing.multipliedBy(2);
                rediscoverySpacing = doubled.compareTo(MAX_REDISCOVERY_SPACING) > 0 ? MAX_REDISCOVERY_SPACING : doubled;
            }
            endpoints = found;
            onRescue = false;
            failures = 0;
        } catch (RuntimeException failed) {
            if (endpoints == null) {
                throw new DiscoveryFailed(failed);
            }
            LOG.warn("Could not discover Crisp's real-time endpoints again ({}); keeping {}",
                    Failures.describe(failed), onRescue ? endpoints.rescue() : endpoints.primary());
        }
        // Also after a failure, so that a broken discovery is not called before every attempt.
        discoveredAt = now;
    }

    /** An attempt on the current URL failed. */
    void failed() {
        failures++;
        if (failures < failuresBeforeSwitch || endpoints == null) {
            return;
        }
        failures = 0;
        if (!onRescue && endpoints.rescue() != null) {
            onRescue = true;
            LOG.warn("{} failed attempts on {}; trying the rescue URL {}", failuresBeforeSwitch,
                    endpoints.primary(), endpoints.rescue());
        } else {
            URI tried = onRescue ? endpoints.rescue() : endpoints.primary();
            onRescue = false;
            Instant now = clock.instant();
            if (now.isBefore(rediscoverNotBefore)) {
                LOG.warn("{} failed attempts on {}; trying {} again (the next discovery is not before {})",
                        failuresBeforeSwitch, tried, endpoints.primary(), rediscoverNotBefore);
                return;
            }
            rediscover = true;
            rediscoverNotBefore = now.plus(rediscoverySpacing);
            LOG.warn("{} failed attempts on {}; discovering the endpoints again", failuresBeforeSwitch, tried);
        }
    }

    /** An attempt got through: stay on this URL, and space rediscoveries from scratch next time. */
    void succeeded() {
        failures = 0;
        rediscoverySpacing = MIN_REDISCOVERY_SPACING;
        rediscoverNotBefore = Instant.MIN;
    }
}
