package archfixture.personal.adapters.web;

import archfixture.personal.domain.MaskedName;
import archfixture.personal.domain.PersonalData;
import java.util.List;
import java.util.function.Function;

/** Violates the personal-data rules without a call: it unwraps values through method references. */
public class ReferencingPage {
    private final Function<MaskedName, String> raw = MaskedName::revealForCrm;

    public List<String> names(List<PersonalData> people) {
        return people.stream().map(PersonalData::revealForCrm).toList();
    }

    public String first(MaskedName name) {
        return raw.apply(name);
    }
}
