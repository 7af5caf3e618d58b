package app.richcontact.application.port.out;

import app.richcontact.domain.Installation;
import app.richcontact.domain.WebsiteId;
import java.util.List;

/** What changed among installations: those installed or updated, as they are now, and those removed. */
public record InstallationChanges(List<Installation> current, List<WebsiteId> removed) {

    public InstallationChanges {
        current = List.copyOf(current);
        removed = List.copyOf(removed);
    }
}
