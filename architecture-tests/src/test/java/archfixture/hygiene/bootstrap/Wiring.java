package archfixture.hygiene.bootstrap;

/** Violates hygiene: bootstrap code that is not a command-line entry point prints. */
public class Wiring {
    public void start() {
        System.out.println("started");
    }
}
