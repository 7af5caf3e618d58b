/**
 * The sandbox run mode: the plugin wired by bootstrap, against the embedded Crisp emulator.
 * Only this module knows both; production's module graph has no emulator.
 */
module app.richcontact.sandboxmode {
    requires app.richcontact.bootstrap;
    requires app.richcontact.sandbox;
}
