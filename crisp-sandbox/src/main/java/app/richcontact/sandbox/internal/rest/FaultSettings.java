package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.FaultPlan;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** One scope's fault plan, read on every request without locking. */
final class FaultSettings implements FaultPlan {

    /** What to do to one request. */
    enum Fault { NONE, SERVER_ERROR, THROTTLE, RESET }

    private volatile long latencyMillis;
    private volatile double serverErrorRate;
    private volatile int serverErrorStatus = 500;
    private final AtomicInteger throttleNext = new AtomicInteger();
    private volatile long throttleUntil;
    private final AtomicInteger resetNext = new AtomicInteger();
    private volatile double resetRate;

    long latencyMillis() {
        return latencyMillis;
    }

    int serverErrorStatus() {
        return serverErrorStatus;
    }

    Fault decide(long nowMillis) {
        if (takeOne(resetNext) || chance(resetRate)) {
            return Fault.RESET;
        }
        if (takeOne(throttleNext) || nowMillis < throttleUntil) {
            return Fault.THROTTLE;
        }
        if (chance(serverErrorRate)) {
            return Fault.SERVER_ERROR;
        }
        return Fault.NONE;
    }

    private static boolean takeOne(AtomicInteger counter) {
        // Fast path first: most requests see no pending burst.
        if (counter.get() <= 0) {
            return false;
        }
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static boolean chance(double rate) {
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    @Override
    public FaultPlan latency(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("latency must be zero or positive");
        }
        latencyMillis = value.toMillis();
        return this;
    }

    @Override
    public FaultPlan serverErrorRate(double rate) {
        serverErrorRate = requireRate(rate, "rate");
        return this;
    }

    @Override
    public FaultPlan serverErrorStatus(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be a 5xx status");
        }
        serverErrorStatus = status;
        return this;
    }

    @Override
    public FaultPlan throttleNext(int count) {
        throttleNext.set(requireCount(count));
        return this;
    }

    @Override
    public FaultPlan throttleFor(Duration duration) {
        throttleUntil = System.currentTimeMillis() + duration.toMillis();
        return this;
    }

    @Override
    public FaultPlan resetNext(int count) {
        resetNext.set(requireCount(count));
        return this;
    }

    @Override
    public FaultPlan resetRate(double rate) {
        resetRate = requireRate(rate, "rate");
        return this;
    }

    @Override
    public FaultPlan clear() {
        latencyMillis = 0;
        serverErrorRate = 0;
        serverErrorStatus = 500;
        throttleNext.set(0);
        throttleUntil = 0;
        resetNext.set(0);
        resetRate = 0;
        return this;
    }

    private static double requireRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0..1");
        }
        return rate;
    }

    private static int requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        return count;
    }
}
