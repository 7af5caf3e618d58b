package app.richcontact.application.capture;

import app.richcontact.domain.SessionId;
import app.richcontact.domain.WebsiteId;

/** One conversation: captures are kept one per (website, session). */
record SessionKey(WebsiteId website, SessionId session) {
}
