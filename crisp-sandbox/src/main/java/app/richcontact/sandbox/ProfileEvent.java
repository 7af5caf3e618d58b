package app.richcontact.sandbox;

/**
 * An event added to a CRM profile ({@code POST people/events}), as the sandbox keeps it.
 *
 * @param text the event's text
 * @param dataJson its {@code data} object as JSON, or null when it had none
 * @param color one of Crisp's colour names, or null
 * @param timestamp when it was added, epoch milliseconds
 */
public record ProfileEvent(String text, String dataJson, String color, long timestamp) {

    public ProfileEvent {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
    }
}
