package app.richcontact.application.port.out;

import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The websites that installed the plugin, with their tokens and settings. */
public interface Installations {

    /** Every installation (however many requests paging takes). */
    List<Installation> all();

    /** What changed since {@code since}: installations as they are now, and websites that uninstalled. */
    InstallationChanges changedSince(Instant since);

    /** One website's installation, or empty when it has not installed the plugin. */
    Optional<Installation> find(WebsiteId website);

    /**
     * As {@link #find}, asked for by a request nobody has authenticated (anyone can send a random
     * website id): an adapter that counts quota answers it from a small budget of its own, never
     * from what contact creation needs, and throws {@link OutboundFailure} (quota) past it.
     */
    Optional<Installation> findForUnverifiedRequest(WebsiteId website);
}
