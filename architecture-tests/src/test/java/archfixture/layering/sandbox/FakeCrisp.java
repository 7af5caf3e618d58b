package archfixture.layering.sandbox;

/** Violates layering: the sandbox shares code with the plugin. */
public class FakeCrisp {
    public Object order() {
        return new archfixture.layering.domain.Order();
    }
}
