package app.richcontact.bootstrap;

import java.util.Objects;

/** The version sent to Crisp in the {@code User-Agent}, from the jar manifest when packaged. */
final class Version {

    static final String CURRENT = Objects.requireNonNullElse(Version.class.getPackage().getImplementationVersion(), "dev");

    private Version() {
    }
}
