package app.richcontact.application.capture;

import app.richcontact.application.port.out.OriginSightings;
import app.richcontact.domain.ChannelRules;
import app.richcontact.domain.Origin;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The integration origins seen since start-up, so that each new one is reported once. Origins
 * are not personal data; the set is bounded (past the bound, new origins are no longer reported).
 */
final class OriginCatalog {

    static final int MAX_ORIGINS = 1_000;

    private final ChannelRules rules;
    private final OriginSightings sightings;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    OriginCatalog(ChannelRules rules, OriginSightings sightings) {
        this.rules = rules;
        this.sightings = sightings;
    }

    void saw(Origin origin) {
        if (origin.isUrn() && !seen.contains(origin.value()) && seen.size() < MAX_ORIGINS && seen.add(origin.value())) {
            sightings.firstSeen(origin, rules.resolve(origin));
        }
    }
}
