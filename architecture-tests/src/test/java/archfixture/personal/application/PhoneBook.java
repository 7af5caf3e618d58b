package archfixture.personal.application;

/** Violates the personal-data rules: hands out a phone and an email as text, with no field to see. */
public class PhoneBook {
    public String phoneOf(String visitor) {
        return "+351" + visitor;
    }

    public String visitorEmail() {
        return "someone@example.org";
    }

    public boolean hasPhone(String visitor) {
        return !visitor.isEmpty();
    }
}
