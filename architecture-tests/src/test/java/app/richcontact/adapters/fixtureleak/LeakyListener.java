package app.richcontact.adapters.fixtureleak;

import app.richcontact.application.RichContactCore;
import app.richcontact.application.port.in.ConversationEvent;
import app.richcontact.application.port.out.OutboundFailure;

/**
 * A fixture inbound adapter that reaches past the in-ports: it takes the whole core and catches
 * an out-port's failure. Only the rule that inbound adapters use only in-ports catches it.
 */
public final class LeakyListener {

    private final RichContactCore core;

    public LeakyListener(RichContactCore core) {
        this.core = core;
    }

    public boolean onEvent(ConversationEvent event) {
        try {
            core.captureConversation().handle(event);
            return true;
        } catch (OutboundFailure failed) {
            return false;
        }
    }
}
