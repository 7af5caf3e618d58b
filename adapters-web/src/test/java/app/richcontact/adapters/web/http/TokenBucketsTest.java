package app.richcontact.adapters.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.adapters.web.RateLimit;
import app.richcontact.application.fake.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void a_burst_up_to_the_limit_passes_then_one_request_per_refill_interval() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(2, Duration.ofSeconds(10)), 10, clock);

        assertTrue(buckets.take("a").allowed());
        assertTrue(buckets.take("a").allowed());
        TokenBuckets.Decision refused = buckets.take("a");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(5), refused.retryAfter());

        clock.advance(Duration.ofSeconds(5));
        assertTrue(buckets.take("a").allowed());
        assertFalse(buckets.take("a").allowed());
    }

    @Test
    void an_idle_bucket_refills_only_up_to_the_limit() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(2, Duration.ofSeconds(10)), 10, clock);
        buckets.take("a");
        clock.advance(Duration.ofHours(5));

        assertTrue(buckets.take("a").allowed());
        assertTrue(buckets.take("a").allowed());
        assertFalse(buckets.take("a").allowed());
    }

    @Test
    void the_memory_is_bounded_whatever_the_number_of_keys() {
        TokenBuckets buckets = new TokenBuckets(new RateLimit(1, Duration.ofHours(1)), 100, clock);

        for (int i = 0; i < 10_000; i++) {
            assertTrue(buckets.take("client-" + i).allowed());
        }

        assertEquals(100, buckets.size());
        assertFalse(buckets.take("client-9999").allowed(), "recent keys are still limited");
    }
}
