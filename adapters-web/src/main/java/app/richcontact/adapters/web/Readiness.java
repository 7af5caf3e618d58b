package app.richcontact.adapters.web;

/**
 * Whether the process can do its job now, with a short reason for operators (no personal
 * data, no secrets): {@code GET /health/ready} answers 200 or 503 with it.
 */
public record Readiness(boolean ready, String reason) {

    private static final int MAX_REASON_LENGTH = 200;

    public Readiness {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH
                || reason.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("reason must be 1 to " + MAX_REASON_LENGTH + " printable characters");
        }
    }

    public static Readiness ready(String reason) {
        return new Readiness(true, reason);
    }

    public static Readiness notReady(String reason) {
        return new Readiness(false, reason);
    }
}
