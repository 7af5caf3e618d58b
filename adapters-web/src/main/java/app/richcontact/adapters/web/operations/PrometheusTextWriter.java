package app.richcontact.adapters.web.operations;

import app.richcontact.adapters.web.MetricWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Collects the samples of one scrape and renders them in the Prometheus text exposition format
 * 0.0.4, one family per name. Enforces the rules {@link MetricWriter} states and counts the
 * samples it rejects.
 */
public final class PrometheusTextWriter implements MetricWriter {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    static final String REJECTED = "richcontact_metric_samples_rejected_total";

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]{0,199}");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");
    private static final Pattern LABEL_VALUE = Pattern.compile("[A-Za-z0-9_.:/{}-]{1,100}");
    /** Seven digits in a row may be a phone number: no closed-set label value looks like that. */
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{7}");
    private static final int MAX_HELP_LENGTH = 300;

    private final Map<String, Family> families = new LinkedHashMap<>();
    private int rejected;
    private String firstRejectedName;

    @Override
    public void counter(String name, String help, Map<String, String> labels, double value) {
        add("counter", name, help, labels, value);
    }

    @Override
    public void gauge(String name, String help, Map<String, String> labels, double value) {
        add("gauge", name, help, labels, value);
    }

    /** How many samples were dropped for breaking a rule. */
    public int rejected() {
        return rejected;
    }

    /** The name of the first rejected sample (names are ours, safe to log), or null. */
    public String firstRejectedName() {
        return firstRejectedName;
    }

    public String render() {
        StringBuilder text = new StringBuilder(4096);
        families.forEach((name, family) -> family.appendTo(text, name));
        text.append("# HELP ").append(REJECTED).append(" Metric samples dropped for breaking the exposition rules.\n");
        text.append("# TYPE ").append(REJECTED).append(" counter\n");
        text.append(REJECTED).append(' ').append(rejected).append('\n');
        return text.toString();
    }

    private void add(String type, String name, String help, Map<String, String> labels, double value) {
        if (name == null || !METRIC_NAME.matcher(name).matches() || name.equals(REJECTED)
                || help == null || labels == null || !labelsAllowed(labels)) {
            reject(name);
            return;
        }
        Family family = families.computeIfAbsent(name, n -> new Family(type, help));
        if (!family.type.equals(type) || !family.add(renderLabels(labels), value)) {
            reject(name);
        }
    }

    private static boolean labelsAllowed(Map<String, String> labels) {
        for (Map.Entry<String, String> label : labels.entrySet()) {
            String key = label.getKey();
            String value = label.getValue();
            if (key == null || !LABEL_NAME.matcher(key).matches() || key.startsWith("__")
                    || value == null || !LABEL_VALUE.matcher(value).matches() || DIGIT_RUN.matcher(value).find()) {
                return false;
            }
        }
        return true;
    }

    private static String renderLabels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("{");
        new TreeMap<>(labels).forEach((key, value) -> {
            if (text.length() > 1) {
                text.append(',');
            }
            // The allowed characters need no escaping in a label value.
            text.append(key).append("=\"").append(value).append('"');
        });
        return text.append('}').toString();
    }

    private void reject(String name) {
        rejected++;
        if (firstRejectedName == null && name != null && METRIC_NAME.matcher(name).matches()) {
            firstRejectedName = name;
        }
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** The samples of one name, in the order they came. */
    private static final class Family {

        private final String type;
        private final String help;
        private final Map<String, String> samples = new LinkedHashMap<>();

        Family(String type, String help) {
            this.type = type;
            String oneLine = help.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "");
            this.help = oneLine.length() > MAX_HELP_LENGTH ? oneLine.substring(0, MAX_HELP_LENGTH) : oneLine;
        }

        boolean add(String labels, double value) {
            return samples.putIfAbsent(labels, format(value)) == null;
        }

        void appendTo(StringBuilder text, String name) {
            text.append("# HELP ").append(name).append(' ').append(help).append('\n');
            text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
            samples.forEach((labels, value) -> text.append(name).append(labels).append(' ').append(value).append('\n'));
        }
    }
}
