package app.richcontact.application.port.out;

import java.time.Duration;

/** Hears how the installation schedule's loads and refreshes went, for operators (bootstrap logs them). */
public interface InstallationLoadReports {

    /** Every installation was loaded: the first time, or a periodic full reload. */
    void loaded(int websites, boolean first);

    /** The cheap refresh applied this many changes (called only when there were some). */
    void refreshed(int changed);

    /** A load or refresh failed; the next attempt comes after {@code retryIn}. */
    void failed(boolean loading, Throwable failure, Duration retryIn);
}
