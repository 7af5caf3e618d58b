package archfixture.hygiene.adapters.noisy;

/** Violates hygiene: prints to the standard streams and uses java.util.logging. */
public class Noisy {
    public void fail(Exception e) {
        System.out.println("failed");
        e.printStackTrace();
        java.util.logging.Logger.getAnonymousLogger().warning("failed");
    }
}
