package app.richcontact.application.port.out;

import app.richcontact.application.port.in.WebsiteActivity.Listening;

/** Whether Crisp's events reach the plugin and its requests flow, as the event sources and the REST adapter know. Cheap, never throws. */
@FunctionalInterface
public interface ListeningStatus {

    Listening now();
}
