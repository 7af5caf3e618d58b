package app.richcontact.adapters.web;

/**
 * Tells whether Rich Contact is ready, as bootstrap knows it (installations loaded and the
 * event source authenticated, or web hooks enabled). Called on every readiness request, so it
 * must be cheap and must not throw.
 */
@FunctionalInterface
public interface ReadinessProbe {

    Readiness check();
}
