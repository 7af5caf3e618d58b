/**
 * Crisp's event vocabulary, read once for every inbound adapter: event names, fields, limits and
 * drop reasons. It knows no JSON library; each adapter gives it a {@code JsonTree} over its own.
 */
module app.richcontact.crispevents {
    requires transitive app.richcontact.application;

    exports app.richcontact.crispevents;
}
