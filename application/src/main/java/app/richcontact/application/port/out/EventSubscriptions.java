package app.richcontact.application.port.out;

/**
 * The event sources' subscriptions to websites: asked to include websites newly installed, which
 * Crisp may not send events for until asked (the real-time source sends {@code socket:bind}).
 */
@FunctionalInterface
public interface EventSubscriptions {

    /** Some website was newly installed (or installed again); cheap, never throws, may be coalesced. */
    void includeNewInstalls();
}
