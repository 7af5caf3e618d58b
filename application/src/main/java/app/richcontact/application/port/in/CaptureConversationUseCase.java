package app.richcontact.application.port.in;

/**
 * Turns a channel conversation's events into, at most, one new CRM contact. Returns at once:
 * the work happens when the collection window closes.
 */
@FunctionalInterface
public interface CaptureConversationUseCase {

    void handle(ConversationEvent event);
}
