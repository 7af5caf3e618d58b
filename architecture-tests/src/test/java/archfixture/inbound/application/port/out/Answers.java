package archfixture.inbound.application.port.out;

/** An out-port, which only outbound adapters implement. */
public interface Answers {
    String answer(String question);
}
