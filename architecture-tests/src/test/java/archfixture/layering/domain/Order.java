package archfixture.layering.domain;

/** Violates layering: the domain reaches out to an adapter. */
public class Order {
    public String render() {
        return new archfixture.layering.adapters.web.Page().toString();
    }
}
