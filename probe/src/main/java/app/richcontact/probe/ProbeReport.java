package app.richcontact.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a probe run prints: the configuration to use, one line per unknown, what the clean-up did
 * and how many Crisp requests it all cost.
 *
 * @param findings   one per check, in the order they ran
 * @param cleanUp    what was undone (profiles deleted, settings restored)
 * @param leftBehind what could not be undone, each with what the operator must do
 * @param requests   Crisp REST requests spent
 */
record ProbeReport(List<Finding> findings, List<String> cleanUp, List<String> leftBehind, int requests) {

    ProbeReport {
        findings = List.copyOf(findings);
        cleanUp = List.copyOf(cleanUp);
        leftBehind = List.copyOf(leftBehind);
        if (requests < 0) {
            throw new IllegalArgumentException("requests must not be negative");
        }
    }

    /** Every variable the findings call for, as {@code NAME=value}. */
    List<String> configuration() {
        Map<String, String> variables = new TreeMap<>();
        findings.forEach(finding -> variables.putAll(finding.configuration()));
        return variables.entrySet().stream().map(variable -> variable.getKey() + "=" + variable.getValue()).toList();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("# The configuration to run Rich Contact with (add it to its environment):");
        List<String> configuration = configuration();
        lines.addAll(configuration.isEmpty() ? List.of("# (nothing to set: the defaults fit)") : configuration);
        lines.add("# What Crisp does, unknown by unknown:");
        findings.forEach(finding -> lines.add(finding.line()));
        lines.add("# Clean-up: " + (cleanUp.isEmpty() ? "nothing undone" : String.join("; ", cleanUp)));
        leftBehind.forEach(left -> lines.add("# NOT undone: " + left));
        lines.add("# Crisp requests spent: " + requests);
        return lines;
    }
}
