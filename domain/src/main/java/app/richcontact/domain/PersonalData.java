package app.richcontact.domain;

/**
 * Marks a value that identifies a person. Implementations are final classes (never records),
 * compare on their normalised value, print only a masked form from {@code toString()}, and
 * give the raw value through {@link #revealForCrm()} alone.
 */
public interface PersonalData {

    /**
     * The raw value, for the one place that writes it to Crisp's CRM. Architecture rules allow
     * no other caller; never log or store what it returns.
     */
    String revealForCrm();
}
