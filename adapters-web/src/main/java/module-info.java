/** Inbound adapter: the settings page and API, web hooks, health and metrics. */
module app.richcontact.adapters.web {
    requires app.richcontact.application;
}
