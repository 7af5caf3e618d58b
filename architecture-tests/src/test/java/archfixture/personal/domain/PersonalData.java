package archfixture.personal.domain;

/** The fixture's personal-data marker, shaped like the real one. */
public interface PersonalData {
    String revealForCrm();
}
