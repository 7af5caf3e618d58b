/** An emulator of Crisp's plugin API (REST and RTM) over real sockets; shares no code with the plugin. */
module app.richcontact.sandbox {
}
