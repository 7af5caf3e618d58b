package app.richcontact.application.port.out;

import java.util.List;

/**
 * One page of a conversations listing; {@code mayHaveMore} is false when the adapter knows the
 * next page is empty (so that no request is spent on it).
 */
public record ConversationPage(List<ConversationSummary> conversations, boolean mayHaveMore) {

    public ConversationPage {
        conversations = List.copyOf(conversations);
    }
}
