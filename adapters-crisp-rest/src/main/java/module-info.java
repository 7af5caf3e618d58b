/** Outbound adapter: the application's ports over Crisp's REST API. */
module app.richcontact.adapters.crisprest {
    requires app.richcontact.application;
}
