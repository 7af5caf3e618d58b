package app.richcontact.application.capture;

import app.richcontact.application.installation.InstallationCache;
import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.CatchUpReport;
import app.richcontact.application.port.out.ConversationDirectory;
import app.richcontact.application.port.out.ConversationPage;
import app.richcontact.application.port.out.ConversationSummary;
import app.richcontact.application.port.out.OutboundFailure;
import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import java.time.Instant;
import java.util.List;

/**
 * Lists, website by website, the conversations created during a gap and captures the channel
 * ones nobody handled. Disabled websites are not scanned. A failure (quota first) stops the
 * scan: catch-up is the work to drop when requests are scarce.
 */
final class CatchUpConversationsService implements CatchUpConversationsUseCase {

    private static final int MAX_PAGES_PER_WEBSITE = 50;

    private final InstallationCache installations;
    private final ConversationDirectory conversations;
    private final PendingCaptures pending;

    CatchUpConversationsService(InstallationCache installations, ConversationDirectory conversations,
                                PendingCaptures pending) {
        this.installations = installations;
        this.conversations = conversations;
        this.pending = pending;
    }

    @Override
    public CatchUpReport catchUp(Instant from, Instant until) {
        return scan(installations.all().stream().filter(installation -> installation.settings().enabled()).toList(),
                from, until);
    }

    /** One website only: a new install, whose first conversations may precede the listener's bind. */
    CatchUpReport catchUp(WebsiteId website, Instant from, Instant until) {
        return scan(installations.all().stream().filter(installation -> installation.website().equals(website)
                && installation.settings().enabled()).toList(), from, until);
    }

    private CatchUpReport scan(List<Installation> targets, Instant from, Instant until) {
        int scanned = 0;
        int listed = 0;
        int opened = 0;
        try {
            for (Installation installation : targets) {
                for (int page = 1; page <= MAX_PAGES_PER_WEBSITE; page++) {
                    ConversationPage listing = conversations.createdBetween(installation.website(), from, until, page);
                    listed += listing.conversations().size();
                    for (ConversationSummary summary : listing.conversations()) {
                        if (within(summary, from, until) && !summary.linked() && summary.origin() != null && pending.caughtUp(
                                new SessionKey(installation.website(), summary.session()), summary.origin())) {
                            opened++;
                        }
                    }
                    if (!listing.mayHaveMore()) {
                        break;
                    }
                }
                scanned++;
            }
        } catch (OutboundFailure stopped) {
            return new CatchUpReport(scanned, targets.size(), listed, opened, false);
        }
        return new CatchUpReport(scanned, targets.size(), listed, opened, true);
    }

    /** Crisp's date filter is not documented: a conversation outside the gap is never captured here. */
    private static boolean within(ConversationSummary summary, Instant from, Instant until) {
        return summary.createdAt() == null || (!summary.createdAt().isBefore(from) && !summary.createdAt().isAfter(until));
    }
}
