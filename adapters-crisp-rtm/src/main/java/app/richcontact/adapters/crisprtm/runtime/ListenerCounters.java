package app.richcontact.adapters.crisprtm.runtime;

import app.richcontact.adapters.crisprtm.RtmCounters;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The listener's counters, written from any thread; every label comes from our code, never from a payload. */
public final class ListenerCounters {

    private final ConcurrentHashMap<String, LongAdder> received = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> dropped = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> ignored = new ConcurrentHashMap<>();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder authentications = new LongAdder();
    private final LongAdder binds = new LongAdder();
    private final LongAdder catchUps = new LongAdder();
    private final LongAdder probesAnswered = new LongAdder();

    public void received(String event) {
        received.computeIfAbsent(event, any -> new LongAdder()).increment();
    }

    public void dropped(String reason) {
        dropped.computeIfAbsent(reason, any -> new LongAdder()).increment();
    }

    public void ignored(String reason) {
        ignored.computeIfAbsent(reason, any -> new LongAdder()).increment();
    }

    public void connectionAttempted() {
        attempts.increment();
    }

    public void authenticated() {
        authentications.increment();
    }

    public void bindSent() {
        binds.increment();
    }

    public void catchUpRun() {
        catchUps.increment();
    }

    public void probeAnswered() {
        probesAnswered.increment();
    }

    public long reconnects() {
        return Math.max(0, attempts.sum() - 1);
    }

    public RtmCounters snapshot() {
        return new RtmCounters(sums(received), sums(dropped), sums(ignored), attempts.sum(), reconnects(),
                authentications.sum(), binds.sum(), catchUps.sum(), probesAnswered.sum());
    }

    private static Map<String, Long> sums(Map<String, LongAdder> adders) {
        Map<String, Long> sums = new TreeMap<>();
        adders.forEach((label, adder) -> sums.put(label, adder.sum()));
        return sums;
    }
}
