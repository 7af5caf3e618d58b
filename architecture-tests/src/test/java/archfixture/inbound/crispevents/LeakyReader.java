package archfixture.inbound.crispevents;

import archfixture.inbound.application.port.out.Answers;

/** Violates the rule: Crisp's event reader is inbound too and may not use an out-port. */
public final class LeakyReader {
    public String read(Answers answers) {
        return answers.answer("event");
    }
}
