/**
 * Rich Contact's use cases. Adapters call the in-ports ({@code port.in}) and implement the
 * out-ports ({@code port.out}); {@code RichContactCore} builds the services. The services
 * themselves are not exported.
 */
module app.richcontact.application {
    requires transitive app.richcontact.domain;

    exports app.richcontact.application;
    exports app.richcontact.application.activity;
    exports app.richcontact.application.port.in;
    exports app.richcontact.application.port.out;
}
