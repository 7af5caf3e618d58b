package app.richcontact.sandbox;

/** Fault injection for the REST side, globally or per route template ({@link SandboxRoutes}). */
public interface RestFaults {

    /** The plan applied to every request. */
    FaultPlan global();

    /**
     * The plan applied to one route.
     *
     * @param template one of {@link SandboxRoutes#ALL}
     * @throws IllegalArgumentException for an unknown template
     */
    FaultPlan route(String template);

    /** Clears the global plan and every route plan. */
    void clearAll();
}
