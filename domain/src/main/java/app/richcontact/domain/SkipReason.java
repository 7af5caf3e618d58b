package app.richcontact.domain;

import java.util.Locale;

/** Why a capture created no contact although nothing failed: a closed set, for counting. */
public enum SkipReason {
    /** The website switched Rich Contact off. */
    DISABLED,
    /** The website does not monitor this channel. */
    CHANNEL_NOT_SELECTED,
    /** The visitor gave an email and the website lets Crisp make that contact itself. */
    HAS_EMAIL,
    /** A CRM profile is already linked to the session. */
    ALREADY_LINKED,
    /** A contact with the visitor's email exists. */
    EXISTS_BY_EMAIL,
    /** A contact with the visitor's phone exists. */
    EXISTS_BY_PHONE,
    /** Crisp refused the creation because that email exists (a race with another writer). */
    DUPLICATE,
    /** Neither phone nor email is known: nothing to key a contact on. */
    NO_IDENTIFIER,
    /** The website has not installed the plugin, or uninstalled it during the window. */
    NOT_INSTALLED;

    /** The snake_case name used in metrics and logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
