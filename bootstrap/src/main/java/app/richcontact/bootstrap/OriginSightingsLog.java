package app.richcontact.bootstrap;

import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import app.richcontact.application.port.out.OriginSightings;
import app.richcontact.domain.ChannelResolution;
import app.richcontact.domain.Origin;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New integration origins, as a log line naming the URN (so that an operator can alias it) and
 * as a counter per channel and resolution. Origins are integration URNs, not personal data.
 */
final class OriginSightingsLog implements OriginSightings, MetricSource {

    private static final Logger LOG = LoggerFactory.getLogger("app.richcontact.origins");

    private final Map<Map<String, String>, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void firstSeen(Origin origin, ChannelResolution resolution) {
        String channel = resolution.isChannel() ? resolution.channel().name() : "none";
        String source = resolution.source().name().toLowerCase(Locale.ROOT);
        LOG.info("first conversation from origin {}: channel {} ({})", origin, channel, source);
        counts.computeIfAbsent(Map.of("channel", channel, "resolution", source), labels -> new LongAdder()).increment();
    }

    @Override
    public void writeTo(MetricWriter writer) {
        counts.forEach((labels, count) -> writer.counter("richcontact_new_origins_total",
                "Integration origins seen for the first time since start-up, by the channel they were read as.",
                labels, count.sum()));
    }
}
