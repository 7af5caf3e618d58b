package app.richcontact.adapters.web.http;

import app.richcontact.adapters.web.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per key (a client address, a website), in bounded memory: past
 * {@code maxKeys} the least recently used bucket is forgotten, which can only let that key
 * through sooner.
 */
public final class TokenBuckets {

    /** Whether a request may go on, and if not, how long to wait. */
    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    private final double capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public TokenBuckets(RateLimit limit, int maxKeys, Clock clock) {
        this.capacity = limit.requests();
        this.tokensPerMilli = limit.requests() / (double) Math.max(1, limit.per().toMillis());
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    public synchronized Decision take(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        bucket.refill(now, capacity, tokensPerMilli);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Decision.ALLOWED;
        }
        long waitMillis = (long) Math.ceil((1 - bucket.tokens) / tokensPerMilli);
        return new Decision(false, Duration.ofMillis(Math.max(1, waitMillis)));
    }

    synchronized int size() {
        return buckets.size();
    }

    /** Tokens left and when they were last counted. */
    private static final class Bucket {

        private double tokens;
        private long countedAt;

        Bucket(double tokens, long countedAt) {
            this.tokens = tokens;
            this.countedAt = countedAt;
        }

        void refill(long now, double capacity, double tokensPerMilli) {
            if (now > countedAt) {
                tokens = Math.min(capacity, tokens + (now - countedAt) * tokensPerMilli);
                countedAt = now;
            }
        }
    }
}
