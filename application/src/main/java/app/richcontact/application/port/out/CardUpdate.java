package app.richcontact.application.port.out;

/** How an update of a profile's card ended. */
public enum CardUpdate {
    /** The card now holds the change. */
    UPDATED,
    /** Refused: another profile holds the email the change gives (Crisp keys profiles by email). */
    EMAIL_TAKEN,
    /** No profile has that id any more. */
    GONE
}
