package app.richcontact.bootstrap;

import app.richcontact.application.port.out.InstallationLoadReports;
import app.richcontact.application.port.out.OutboundFailure;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The installation schedule's reports as log lines. */
final class LoggedInstallationLoads implements InstallationLoadReports {

    private static final Logger LOG = LoggerFactory.getLogger(RichContactServer.class);

    @Override
    public void loaded(int websites, boolean first) {
        LOG.info(first ? "loaded {} installations" : "reloaded {} installations", websites);
    }

    @Override
    public void refreshed(int changed) {
        LOG.info("refreshed {} changed installations", changed);
    }

    @Override
    public void failed(boolean loading, Throwable failure, Duration retryIn) {
        LOG.warn(loading ? "could not load installations ({}): retrying in {}"
                : "could not refresh installations ({}): trying again in {}", describe(failure), retryIn);
    }

    /** A failure's own message when it is ours (never personal data), else only its type. */
    private static String describe(Throwable failure) {
        return failure instanceof OutboundFailure ? failure.getMessage() : failure.getClass().getName();
    }
}
