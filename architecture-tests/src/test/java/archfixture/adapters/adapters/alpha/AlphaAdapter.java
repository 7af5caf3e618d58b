package archfixture.adapters.adapters.alpha;

/** Violates adapter independence: it uses another adapter. */
public class AlphaAdapter {
    public Object partner() {
        return new archfixture.adapters.adapters.beta.BetaAdapter();
    }
}
