package app.richcontact.bootstrap;

/** A missing or invalid configuration value: start-up stops with a message naming the variable. */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    public ConfigurationException(String variable, String problem) {
        super(variable + " " + problem);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
