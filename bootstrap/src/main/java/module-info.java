/** Reads configuration, builds the object graph and runs Rich Contact. */
module app.richcontact.bootstrap {
    requires app.richcontact.application;
    requires app.richcontact.adapters.crisprest;
    requires app.richcontact.adapters.crisprtm;
    requires app.richcontact.adapters.web;
    requires app.richcontact.sandbox;
}
