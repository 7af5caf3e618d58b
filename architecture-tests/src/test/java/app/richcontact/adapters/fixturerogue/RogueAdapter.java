package app.richcontact.adapters.fixturerogue;

import app.richcontact.adapters.crisprest.RealtimeEndpoints;

/** A fixture adapter that breaks the rules: it reaches into another adapter instead of the core's ports. */
public final class RogueAdapter {

    public String where(RealtimeEndpoints endpoints) {
        return endpoints.primary().toString();
    }
}
