/**
 * Crisp's event reader's view of Jackson trees: the one {@code JsonTree} the inbound adapters
 * share, since both read JSON with Jackson. crisp-events itself stays free of any JSON library.
 */
module app.richcontact.crispevents.jackson {
    requires transitive app.richcontact.crispevents;
    requires transitive com.fasterxml.jackson.databind;

    exports app.richcontact.crispevents.jackson;
}
