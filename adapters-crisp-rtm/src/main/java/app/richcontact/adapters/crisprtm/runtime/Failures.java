package app.richcontact.adapters.crisprtm.runtime;

/**
 * Describes a failure for a log line: the types and messages of an exception and its causes,
 * shortened. Only for failures of connections and discovery, whose messages name hosts and
 * statuses, never a payload or a credential.
 */
final class Failures {

    private static final int MAX_CAUSES = 3;
    private static final int MAX_LENGTH = 300;

    private Failures() {
    }

    static String describe(Object failure) {
        if (!(failure instanceof Throwable throwable)) {
            return failure == null ? "no detail" : "refused by the server";
        }
        StringBuilder text = new StringBuilder();
        Throwable current = throwable;
        for (int i = 0; current != null && i < MAX_CAUSES; i++, current = current.getCause()) {
            if (i > 0) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName());
            if (current.getMessage() != null) {
                text.append(": ").append(current.getMessage());
            }
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text.toString();
    }
}
