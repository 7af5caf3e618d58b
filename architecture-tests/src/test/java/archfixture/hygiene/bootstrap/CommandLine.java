package archfixture.hygiene.bootstrap;

/** Keeps hygiene: the command line may print its usage. */
public class CommandLine {
    public void usage() {
        System.out.println("usage: rich-contact sandbox|serve");
    }
}
