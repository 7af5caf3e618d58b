package app.richcontact.adapters.crisprest.client;

/** How much a request matters when the daily quota runs short. */
public enum Priority {
    /** Creating contacts and what it needs (snapshot, lookups), settings, installations. */
    ESSENTIAL,
    /**
     * What follows a creation or a lookup (attaching the conversation, unsubscribing a placeholder,
     * the profile event): refused once the day's last {@link QuotaBudget#CREATION_RESERVE} is all
     * that is left, which stays for lookups and creations.
     */
    FOLLOW_UP,
    /** Work that only improves coverage (catch-up scans): the first to be dropped. */
    OPTIONAL,
    /**
     * Lookups asked for by requests nobody has authenticated (a website id on the settings
     * page): a small budget of their own, so that strangers can never spend the day's quota.
     */
    UNVERIFIED
}
