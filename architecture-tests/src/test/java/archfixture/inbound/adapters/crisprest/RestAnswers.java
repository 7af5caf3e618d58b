package archfixture.inbound.adapters.crisprest;

import archfixture.inbound.application.port.out.Answers;

/** An outbound adapter: implementing an out-port is its job. */
public final class RestAnswers implements Answers {
    @Override
    public String answer(String question) {
        return "42";
    }
}
