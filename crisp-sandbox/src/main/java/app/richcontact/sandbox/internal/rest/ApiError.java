package app.richcontact.sandbox.internal.rest;

/** A Crisp error answer: status, machine reason and an optional human message in {@code data.message}. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;

    ApiError(int status, String reason, String message) {
        super(message, null, false, false);
        this.status = status;
        this.reason = reason;
    }

    static ApiError invalid(String message) {
        return new ApiError(400, "invalid_data", message);
    }

    static ApiError notFound() {
        return new ApiError(404, "not_found", null);
    }

    static ApiError notAllowed() {
        return new ApiError(403, "not_allowed", null);
    }

    int status() {
        return status;
    }

    String reason() {
        return reason;
    }
}
