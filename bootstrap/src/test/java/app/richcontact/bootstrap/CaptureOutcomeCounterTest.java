package app.richcontact.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.adapters.web.MetricWriter;
import app.richcontact.application.port.out.CaptureOutcome;
import app.richcontact.application.port.out.FailureCause;
import app.richcontact.domain.Channel;
import app.richcontact.domain.ContactId;
import app.richcontact.domain.SessionId;
import app.richcontact.domain.SkipReason;
import app.richcontact.domain.WebsiteId;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CaptureOutcomeCounterTest {

    private static final WebsiteId WEBSITE = new WebsiteId("0f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f");
    private static final SessionId SESSION = new SessionId("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");

    @Test
    void captures_are_counted_by_outcome_reason_and_channel_without_who_the_visitor_was() {
        CaptureOutcomeCounter counter = new CaptureOutcomeCounter();
        Channel whatsapp = new Channel("whatsapp");
        counter.report(new CaptureOutcome.Created(WEBSITE, SESSION, whatsapp,
                new ContactId("b6f4c1d2-3e4f-4a5b-8c6d-7e8f9a0b1c2d")));
        counter.report(new CaptureOutcome.Skipped(WEBSITE, SESSION, whatsapp, SkipReason.HAS_EMAIL));
        counter.report(new CaptureOutcome.Failed(WEBSITE, SESSION, new Channel("telegram"), FailureCause.QUOTA_EXHAUSTED,
                "daily quota spent"));
        counter.report(new CaptureOutcome.Skipped(WEBSITE, SESSION, null, SkipReason.HAS_EMAIL));
        counter.report(new CaptureOutcome.Attached(WEBSITE, SESSION, whatsapp,
                new ContactId("c6f4c1d2-3e4f-4a5b-8c6d-7e8f9a0b1c2d"), SkipReason.EXISTS_BY_PHONE));

        List<String> samples = new ArrayList<>();
        counter.writeTo(new MetricWriter() {
            @Override
            public void counter(String name, String help, Map<String, String> labels, double value) {
                samples.add(name + new TreeMap<>(labels) + "=" + (long) value);
            }

            @Override
            public void gauge(String name, String help, Map<String, String> labels, double value) {
                samples.add("gauge " + name);
            }

            @Override
            public void histogram(String name, String help, double[] upperBounds, long[] counts, double sum) {
                if (LongStream.of(counts).sum() > 0) {
                    samples.add("histogram " + name);
                }
            }
        });

        assertEquals(List.of(
                "richcontact_captures_total{channel=telegram, outcome=failed, reason=quota_exhausted}=1",
                "richcontact_captures_total{channel=unknown, outcome=skipped, reason=has_email}=1",
                "richcontact_captures_total{channel=whatsapp, outcome=attached, reason=exists_by_phone}=1",
                "richcontact_captures_total{channel=whatsapp, outcome=created, reason=none}=1",
                "richcontact_captures_total{channel=whatsapp, outcome=skipped, reason=has_email}=1"),
                samples.stream().sorted().toList());
        assertEquals(1, counter.count("created", "none", "whatsapp"));
    }

    @Test
    void decided_captures_are_timed_from_their_first_event_into_the_latency_histogram() {
        CaptureOutcomeCounter counter = new CaptureOutcomeCounter();
        counter.report(new CaptureOutcome.Created(WEBSITE, SESSION, new Channel("whatsapp"),
                new ContactId("b6f4c1d2-3e4f-4a5b-8c6d-7e8f9a0b1c2d")), Duration.ofMillis(3_200));
        counter.report(new CaptureOutcome.Skipped(WEBSITE, SESSION, new Channel("whatsapp"), SkipReason.HAS_EMAIL),
                Duration.ofSeconds(40));

        Map<Double, Long> buckets = new TreeMap<>();
        double[] total = new double[1];
        counter.writeTo(new MetricWriter() {
            @Override
            public void counter(String name, String help, Map<String, String> labels, double value) {
            }

            @Override
            public void gauge(String name, String help, Map<String, String> labels, double value) {
            }

            @Override
            public void histogram(String name, String help, double[] upperBounds, long[] counts, double sum) {
                assertEquals("richcontact_capture_latency_seconds", name);
                for (int i = 0; i < counts.length; i++) {
                    buckets.put(upperBounds[i], counts[i]);
                }
                total[0] = sum;
            }
        });

        assertEquals(1, buckets.get(3.5), "3.2 s lands in (3, 3.5]");
        assertEquals(1, buckets.get(60.0), "40 s lands in (30, 60]");
        assertEquals(2, buckets.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(43.2, total[0], 1e-9);
        assertEquals(2, counter.count("created", "none", "whatsapp") + counter.count("skipped", "has_email", "whatsapp"),
                "a timed outcome is counted too");
    }
}
