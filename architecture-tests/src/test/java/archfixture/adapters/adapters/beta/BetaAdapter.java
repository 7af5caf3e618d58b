package archfixture.adapters.adapters.beta;

/** The adapter that the other one wrongly uses. */
public class BetaAdapter {
}
