package app.richcontact.application.installation;

import app.richcontact.application.port.out.EventSubscriptions;
import app.richcontact.domain.WebsiteId;
import java.time.Instant;
import java.util.Collection;
import java.util.function.BiConsumer;

/**
 * What the application does when it learns of a new install, whichever way (an event, the
 * cheap refresh, a full reload, a lookup): asks the event sources to include it, and has the
 * website's conversations since it may have been installed caught up, since none of them may
 * have reached us.
 */
public final class NewInstalls {

    private final EventSubscriptions subscriptions;
    private final BiConsumer<WebsiteId, Instant> catchUpSince;

    /** @param catchUpSince catches a website's conversations up from a moment (a little later, off this thread) */
    public NewInstalls(EventSubscriptions subscriptions, BiConsumer<WebsiteId, Instant> catchUpSince) {
        this.subscriptions = subscriptions;
        this.catchUpSince = catchUpSince;
    }

    /** @param installedAfter no website of {@code websites} was installed before this moment */
    public void found(Collection<WebsiteId> websites, Instant installedAfter) {
        if (websites.isEmpty()) {
            return;
        }
        subscriptions.includeNewInstalls();
        websites.forEach(website -> catchUpSince.accept(website, installedAfter));
    }
}
