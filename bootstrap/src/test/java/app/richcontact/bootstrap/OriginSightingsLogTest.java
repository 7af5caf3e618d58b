package app.richcontact.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.adapters.web.MetricWriter;
import app.richcontact.domain.ChannelAlias;
import app.richcontact.domain.ChannelRules;
import app.richcontact.domain.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginSightingsLogTest {

    @Test
    void new_origins_are_counted_per_channel_and_resolution() {
        ChannelRules rules = new ChannelRules(ChannelRules.DEFAULT_DENIED, List.of(ChannelAlias.parse("urn:aircall.io:*=aircall")));
        OriginSightingsLog log = new OriginSightingsLog();
        for (String origin : List.of("urn:aircall.io:phone:1", "urn:aircall.io:sms:1", "urn:crisp.im:pigeon:0",
                "urn:crisp.im:bot:0")) {
            log.firstSeen(new Origin(origin), rules.resolve(new Origin(origin)));
        }
        List<String> samples = new ArrayList<>();
        log.writeTo(new MetricWriter() {
            @Override
            public void counter(String name, String help, Map<String, String> labels, double value) {
                samples.add(name + new java.util.TreeMap<>(labels) + "=" + (long) value);
            }

            @Override
            public void gauge(String name, String help, Map<String, String> labels, double value) {
                samples.add("gauge " + name);
            }

            @Override
            public void histogram(String name, String help, double[] upperBounds, long[] counts, double sum) {
                samples.add("histogram " + name);
            }
        });
        assertEquals(List.of(
                "richcontact_new_origins_total{channel=aircall, resolution=alias}=2",
                "richcontact_new_origins_total{channel=none, resolution=denied}=1",
                "richcontact_new_origins_total{channel=pigeon, resolution=integration}=1"),
                samples.stream().sorted().toList());
    }
}
