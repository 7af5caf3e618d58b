package app.richcontact.application.port.in;

import app.richcontact.domain.WebsiteId;

/** What Rich Contact did for one website since the process started and today (UTC), for its settings page. */
@FunctionalInterface
public interface ReadActivityUseCase {

    WebsiteActivity activity(WebsiteId website);
}
