package app.richcontact.probe;

/** One thing a check made or changed, undone by the clean-up after every check has run. */
@FunctionalInterface
interface Undo {

    /**
     * Undoes it.
     *
     * @return what was undone, for the report
     * @throws ProbeFailure when Crisp refused, saying what is left for the operator to undo
     */
    String undo(CrispApi api);
}
