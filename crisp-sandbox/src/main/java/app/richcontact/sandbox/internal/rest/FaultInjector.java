package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.FaultPlan;
import app.richcontact.sandbox.RestFaults;
import app.richcontact.sandbox.SandboxRoutes;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Holds the global and per-route fault plans and decides each request's fate. */
public final class FaultInjector implements RestFaults {

    private final FaultSettings global = new FaultSettings();
    // Built once for every known route, so the hot path only reads an immutable map.
    private final Map<String, FaultSettings> byRoute = SandboxRoutes.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), route -> new FaultSettings()));

    @Override
    public FaultPlan global() {
        return global;
    }

    @Override
    public FaultPlan route(String template) {
        FaultSettings plan = byRoute.get(template);
        if (plan == null) {
            throw new IllegalArgumentException("unknown route template: " + template);
        }
        return plan;
    }

    @Override
    public void clearAll() {
        global.clear();
        byRoute.values().forEach(FaultSettings::clear);
    }

    long latencyMillis(String route) {
        FaultSettings plan = route == null ? null : byRoute.get(route);
        return global.latencyMillis() + (plan == null ? 0 : plan.latencyMillis());
    }

    /** The fault for one request, route plan first; the status matters for SERVER_ERROR only. */
    Decision decide(String route, long nowMillis) {
        FaultSettings plan = route == null ? null : byRoute.get(route);
        if (plan != null) {
            FaultSettings.Fault fault = plan.decide(nowMillis);
            if (fault != FaultSettings.Fault.NONE) {
                return new Decision(fault, plan.serverErrorStatus());
            }
        }
        return new Decision(global.decide(nowMillis), global.serverErrorStatus());
    }

    /** A fault and, for server errors, the status to answer. */
    record Decision(FaultSettings.Fault fault, int status) {
    }
}
