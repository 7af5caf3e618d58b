package app.richcontact.application.installation;

import app.richcontact.application.port.in.CatchUpConversationsUseCase;
import app.richcontact.application.port.in.CatchUpReport;
import app.richcontact.application.port.in.RefreshInstallationsUseCase;
import app.richcontact.application.port.out.OutboundFailure;
import java.time.Instant;

/**
 * After a period no event could reach us: first the installations that changed during it (a
 * reinstall's new token, an uninstall: their events were missed too, and an old token must not
 * keep working), then the conversations. A failed refresh does not stop the scan; the periodic
 * refresh tries again.
 */
public final class CatchUpAfterGapService implements CatchUpConversationsUseCase {

    private final RefreshInstallationsUseCase refresh;
    private final CatchUpConversationsUseCase conversations;

    public CatchUpAfterGapService(RefreshInstallationsUseCase refresh, CatchUpConversationsUseCase conversations) {
        this.refresh = refresh;
        this.conversations = conversations;
    }

    @Override
    public CatchUpReport catchUp(Instant from, Instant until) {
        try {
            refresh.refreshChangedSince(from);
        } catch (OutboundFailure crispFailed) {
            // Known installations stay as they are until the next refresh succeeds.
        }
        return conversations.catchUp(from, until);
    }
}
