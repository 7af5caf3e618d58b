package app.richcontact.application.port.out;

import app.richcontact.domain.ContactId;
import app.richcontact.domain.VisitorDetails;

/**
 * A conversation as Crisp holds it now: what it knows of the visitor (invalid fields left out)
 * and the profile linked to it (null when none).
 */
public record ConversationSnapshot(VisitorDetails visitor, ContactId linkedContact) {

    public ConversationSnapshot {
        visitor = visitor == null ? VisitorDetails.NONE : visitor;
    }
}
