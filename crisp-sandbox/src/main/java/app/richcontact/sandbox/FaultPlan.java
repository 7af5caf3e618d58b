package app.richcontact.sandbox;

import java.time.Duration;

/**
 * The faults injected into the REST requests of one scope (one route, or all of them). Setters
 * return this plan so they chain; every setting holds until changed or {@link #clear() cleared}.
 * When a route plan and the global plan both apply, latencies add up and the route plan's
 * faults are tried first.
 */
public interface FaultPlan {

    /** Delay every answer by this much (the request still counts and is still served). */
    FaultPlan latency(Duration value);

    /** Answer this fraction of requests (0..1) with a 5xx instead of serving them. */
    FaultPlan serverErrorRate(double rate);

    /** The 5xx status used by {@link #serverErrorRate(double)}; default 500. */
    FaultPlan serverErrorStatus(int status);

    /** Answer the next {@code count} requests with the quota status (429, or 420 if switched). */
    FaultPlan throttleNext(int count);

    /** Answer every request with the quota status for this long from now. */
    FaultPlan throttleFor(Duration duration);

    /** Reset the TCP connection of the next {@code count} requests: the client sees an I/O error. */
    FaultPlan resetNext(int count);

    /** Reset the TCP connection of this fraction of requests (0..1). */
    FaultPlan resetRate(double rate);

    /** Removes every fault of this plan. */
    FaultPlan clear();
}
