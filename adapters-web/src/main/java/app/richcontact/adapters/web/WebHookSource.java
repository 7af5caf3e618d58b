package app.richcontact.adapters.web;

import app.richcontact.application.port.in.EventSource;

/**
 * Crisp's web hooks as an event source: they arrive as soon as the web server listens, so
 * starting does nothing; stopping refuses further deliveries (503, Crisp delivers them again).
 */
final class WebHookSource implements EventSource {

    private final Runnable refuseDeliveries;

    WebHookSource(Runnable refuseDeliveries) {
        this.refuseDeliveries = refuseDeliveries;
    }

    @Override
    public void start() {
        // Deliveries are served by the web server, which is already listening.
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
