package archfixture.inbound.application.port.in;

/** An in-port, which inbound adapters may call. */
public interface AskUseCase {
    void ask(String question);
}
