package app.richcontact.application.port.out;

import app.richcontact.domain.ChannelResolution;
import app.richcontact.domain.Origin;

/**
 * Hears of each integration origin the first time it is seen (since start-up), and how it was
 * read as a channel: so that an operator learns which new integrations arrive and can alias them.
 */
@FunctionalInterface
public interface OriginSightings {

    void firstSeen(Origin origin, ChannelResolution resolution);
}
