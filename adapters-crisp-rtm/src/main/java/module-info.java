/** Inbound adapter: Crisp's real-time events (Socket.IO) into the application's in-ports. */
module app.richcontact.adapters.crisprtm {
    requires app.richcontact.application;
}
