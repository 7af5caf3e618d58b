package app.richcontact.adapters.web;

import app.richcontact.application.port.in.EventSource;

/**
 * Crisp's web hooks as an event source: they arrive as soon as the web server listens; stopping
 * refuses further deliveries (503, Crisp delivers them again), starting takes them again (a
 * standby replica promoted to active).
 */
final class WebHookSource implements EventSource {

    private final Runnable acceptDeliveries;
    private final Runnable refuseDeliveries;

    WebHookSource(Runnable acceptDeliveries, Runnable refuseDeliveries) {
        this.acceptDeliveries = acceptDeliveries;
        this.refuseDeliveries = refuseDeliveries;
    }

    @Override
    public void start() {
        acceptDeliveries.run();
    }

    @Override
    public void stop() {
        refuseDeliveries.run();
    }

    @Override
    public Status status() {
        return new Status(true, "events come by web hooks");
    }
}
