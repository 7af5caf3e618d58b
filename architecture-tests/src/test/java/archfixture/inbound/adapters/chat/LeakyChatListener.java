package archfixture.inbound.adapters.chat;

import archfixture.inbound.application.Core;
import archfixture.inbound.application.port.out.Answers;

/** Violates the rule: an inbound adapter that reaches an out-port and the core instead of an in-port. */
public final class LeakyChatListener {
    public String onLine(Core core, Answers answers, String line) {
        core.ask().ask(line);
        return answers.answer(line);
    }
}
