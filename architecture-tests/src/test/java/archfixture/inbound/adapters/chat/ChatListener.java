package archfixture.inbound.adapters.chat;

import archfixture.inbound.application.port.in.AskUseCase;

/** A well-behaved inbound adapter: it only calls an in-port. */
public final class ChatListener {
    public void onLine(AskUseCase ask, String line) {
        ask.ask(line);
    }
}
