package archfixture.inbound.application;

import archfixture.inbound.application.port.in.AskUseCase;

/** What builds the services; bootstrap's to call, not an adapter's. */
public final class Core {
    public AskUseCase ask() {
        return question -> { };
    }
}
