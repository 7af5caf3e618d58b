package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprtm.CrispRtmListener;
import app.richcontact.adapters.crisprtm.RtmCounters;
import app.richcontact.adapters.crisprtm.RtmHealth;
import app.richcontact.adapters.crisprtm.RtmState;
import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The real-time listener's health and counters as metrics: those of the active term's listener. */
final class RealtimeMetrics implements MetricSource {

    private final Supplier<Optional<CrispRtmListener>> listeners;

    RealtimeMetrics(Supplier<Optional<CrispRtmListener>> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void writeTo(MetricWriter writer) {
        listeners.get().ifPresent(listener -> write(listener, writer));
    }

    private static void write(CrispRtmListener listener, MetricWriter writer) {
        RtmHealth health = listener.health();
        for (RtmState state : RtmState.values()) {
            writer.gauge("richcontact_rtm_state", "1 for the real-time listener's current state.",
                    Map.of("state", state.name().toLowerCase(Locale.ROOT)), health.state() == state ? 1 : 0);
        }
        if (health.lastEventAt() != null) {
            writer.gauge("richcontact_rtm_last_event_timestamp_seconds", "When the last real-time event arrived.",
                    health.lastEventAt().getEpochSecond());
        }
        RtmCounters counters = listener.counters();
        counters.received().forEach((event, count) -> writer.counter("richcontact_rtm_events_received_total",
                "Real-time events received, by event.", Map.of("event", event), count));
        counters.dropped().forEach((reason, count) -> writer.counter("richcontact_events_dropped_total",
                "Events that could not be used, by source and reason.", Map.of("source", "rtm", "reason", reason), count));
        writer.counter("richcontact_rtm_reconnects_total", "Reconnections of the real-time listener.", counters.reconnects());
        writer.counter("richcontact_rtm_catch_ups_total", "Catch-ups run after a gap in real-time events.", counters.catchUps());
    }
}
