package archfixture.personal.adapters.web;

import archfixture.personal.domain.MaskedName;

/** Violates the personal-data rules: unwraps a value outside the CRM wire mapping, and keeps a phone as text. */
public class PeekingPage {
    private String phoneNumber;

    public String show(MaskedName name) {
        return name.revealForCrm() + phoneNumber;
    }
}
