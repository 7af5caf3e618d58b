/** Rich Contact's use cases and the ports through which adapters drive them and serve them. */
module app.richcontact.application {
    requires transitive app.richcontact.domain;
}
