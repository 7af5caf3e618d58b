package archfixture.layering.adapters.web;

/** Violates layering: an adapter reaches bootstrap. */
public class Page {
    public Object wiring() {
        return new archfixture.layering.bootstrap.Main();
    }
}
