/**
 * The domain of Rich Contact: identifiers, origins and channels, personal data, settings and
 * the contact to create. Depends on nothing but {@code java.base}.
 */
module app.richcontact.domain {
    exports app.richcontact.domain;
}
