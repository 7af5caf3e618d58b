/**
 * Reads configuration, builds the object graph with constructor calls and runs Rich Contact:
 * the only module that knows every other one.
 */
module app.richcontact.bootstrap {
    requires transitive app.richcontact.application;
    requires app.richcontact.adapters.crisprest;
    requires app.richcontact.adapters.crisprtm;
    requires app.richcontact.adapters.web;
    requires app.richcontact.adapters.kubernetes;
    requires org.slf4j;

    exports app.richcontact.bootstrap;
}
