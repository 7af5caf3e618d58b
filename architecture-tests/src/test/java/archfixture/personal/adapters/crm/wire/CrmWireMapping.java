package archfixture.personal.adapters.crm.wire;

import archfixture.personal.domain.MaskedName;

/** Keeps the rules: the one place that unwraps personal data, and a wire class may hold it as text. */
public final class CrmWireMapping {
    private String email;

    public String nickname(MaskedName name) {
        return name.revealForCrm() + email;
    }
}
