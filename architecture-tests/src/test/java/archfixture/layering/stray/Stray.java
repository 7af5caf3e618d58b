package archfixture.layering.stray;

/** Violates layering: a class in no layer. */
public class Stray {
}
