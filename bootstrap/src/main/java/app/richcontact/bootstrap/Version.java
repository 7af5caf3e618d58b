package app.richcontact.bootstrap;

/** The version sent to Crisp in the {@code User-Agent}, from the jar manifest when packaged. */
final class Version {

    static final String CURRENT = current();

    private Version() {
    }

    private static String current() {
        String packaged = Version.class.getPackage().getImplementationVersion();
        return packaged == null ? "dev" : packaged;
    }
}
