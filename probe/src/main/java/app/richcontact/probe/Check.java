package app.richcontact.probe;

/** One unknown of Crisp's, settled by a few requests against a test website. */
interface Check {

    /** The unknown, in the words of the sandbox's table ("nickname on create"). */
    String unknown();

    /**
     * Runs against the test website; what it makes or changes it records in the context for the
     * clean-up. A {@link ProbeFailure} it throws becomes "cannot be settled from here" with its message.
     */
    Finding run(ProbeContext context);
}
