package archfixture.hygiene.bootstrap;

/** Keeps hygiene: the command-line entry point may print its usage. */
public final class Main {
    public static void main(String[] args) {
        System.err.println("usage: rich-contact sandbox|serve");
    }
}
