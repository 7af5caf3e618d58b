package app.richcontact.benchmarks.harness;

/**
 * One measured figure and the goal it serves. {@code verdict} is PASS or MISS when there is a
 * goal to hold it to, INFO when the figure is context for another.
 *
 * @param section  which benchmark or drill produced it
 * @param name     what was measured
 * @param value    the number as measured (NaN when it could not be measured)
 * @param unit     of {@code value}
 * @param goal     the goal as text (e.g. "≥ 1000"), or "" for context figures
 * @param verdict  PASS, MISS or INFO
 * @param note     how it was measured, and why when a goal is missed
 */
public record Figure(String section, String name, double value, String unit, String goal, String verdict,
                     String note) {

    public static final String PASS = "PASS";
    public static final String MISS = "MISS";
    public static final String INFO = "INFO";

    public static Figure atLeast(String section, String name, double value, String unit, double goal, String note) {
        return new Figure(section, name, value, unit, "≥ " + Numbers.format(goal), value >= goal ? PASS : MISS, note);
    }

    public static Figure atMost(String section, String name, double value, String unit, double goal, String note) {
        return new Figure(section, name, value, unit, "≤ " + Numbers.format(goal), value <= goal ? PASS : MISS, note);
    }

    public static Figure equalTo(String section, String name, double value, String unit, double goal, String note) {
        return new Figure(section, name, value, unit, "= " + Numbers.format(goal), value == goal ? PASS : MISS, note);
    }

    public static Figure info(String section, String name, double value, String unit, String note) {
        return new Figure(section, name, value, unit, "", INFO, note);
    }
}
