package archfixture.purity.application;

/** Violates purity: the application logs. */
public class LogsThings {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("x");

    public void run() {
        LOG.info("ran");
    }
}
