package app.richcontact.application.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyedLocksTest {

    @Test
    void work_on_one_key_never_overlaps_and_no_lock_outlives_its_users() throws Exception {
        KeyedLocks<String> locks = new KeyedLocks<>();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String key = "key-" + (i % 4);
            futures.add(pool.submit(() -> locks.withLock(key, () -> {
                if (key.equals("key-0")) {
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.yield();
                    inside.decrementAndGet();
                }
                return null;
            })));
        }
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, maxInside.get());
        assertEquals(0, locks.size());
    }
}
