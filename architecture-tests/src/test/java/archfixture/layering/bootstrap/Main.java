package archfixture.layering.bootstrap;

/** Fine: bootstrap sees every layer. */
public class Main {
    public Object[] all() {
        return new Object[] {new archfixture.layering.application.PlaceOrder(), new archfixture.layering.sandbox.FakeCrisp()};
    }
}
