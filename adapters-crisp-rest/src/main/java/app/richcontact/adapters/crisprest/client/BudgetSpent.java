package app.richcontact.adapters.crisprest.client;

/** Our own daily budget refused the request before it was sent. Not retried. */
final class BudgetSpent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BudgetSpent(String message) {
        super(message, null, false, false);
    }
}
