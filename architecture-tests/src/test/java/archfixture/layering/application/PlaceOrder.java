package archfixture.layering.application;

/** Fine: the application uses the domain. */
public class PlaceOrder {
    public Object run() {
        return new archfixture.layering.domain.Order();
    }
}
