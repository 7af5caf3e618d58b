package app.richcontact.probe;

import app.richcontact.bootstrap.ConfigurationException;
import app.richcontact.bootstrap.PluginConfiguration;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rich-contact probe <website_id> [--uninstalled <website_id>] [--test-session <session_id>]}: with the plugin's own
 * environment (its token, {@code CRISP_API_URL}), settles against a test website what Crisp does
 * not document, and prints the configuration to run the plugin with, one line per unknown, the
 * clean-up and the requests it spent. It never prints personal data: the only profile it handles
 * is the one it made up.
 */
public final class ProbeCommand {

    static final String USAGE = """
            usage: rich-contact probe <website_id> [--uninstalled <website_id>] [--test-session <session_id>]

              website_id   a test website with the plugin installed: the probe creates and deletes a made-up
                           CRM profile there and saves, then restores, its plugin settings
              --uninstalled a website the plugin is not installed on (default: a made-up website id)
              --test-session your own test conversation on the test website, with your own email: the probe
                           sets its email to the made-up profile's, to see whether that links them, then
                           puts yours back (without it, that check is skipped)
            It reads CRISP_PLUGIN_IDENTIFIER, CRISP_PLUGIN_KEY and CRISP_API_URL as the plugin does.
            """;

    private ProbeCommand() {
    }

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.getenv(), System.out, System.err);
        System.exit(status);
    }

    /**
     * Runs the probe; 0 when it ran and undid all it did (even if some unknowns stay open), 1 when
     * it could not run or left something behind, 2 for bad usage.
     */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(args, environment, out, err, ProbeClock.SYSTEM);
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err,
                   ProbeClock clock) {
        List<String> words = new ArrayList<>(args);
        if (!words.isEmpty() && words.get(0).equals("probe")) {
            words.remove(0);
        }
        String uninstalled;
        String testSession;
        try {
            uninstalled = option(words, "--uninstalled", "a website id");
            testSession = option(words, "--test-session", "a session id");
        } catch (IllegalArgumentException missing) {
            err.print("rich-contact: " + missing.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (words.size() != 1 || !words.get(0).matches("[A-Za-z0-9-]{1,64}")) {
            err.print("rich-contact: probe needs one test website id\n" + USAGE);
            return 2;
        }
        PluginConfiguration config;
        try {
            config = PluginConfiguration.fromEnvironment(environment);
        } catch (ConfigurationException invalid) {
            err.println("rich-contact: " + invalid.getMessage());
            return 2;
        }
        String websiteId = words.get(0);
        out.println("# Rich Contact probe of website " + websiteId + " at " + config.rest().account().baseUri());
        ProbeReport report;
        try {
            report = new Probe(config.rest(), websiteId, uninstalled, testSession, clock).run();
        } catch (ProbeFailure failed) {
            err.println("rich-contact: probe stopped: " + failed.getMessage());
            return 1;
        }
        report.lines().forEach(out::println);
        return accepted(environment, report.configuration(), err) && report.leftBehind().isEmpty() ? 0 : 1;
    }

    /**
     * Takes {@code flag} and its value out of the words.
     *
     * @return the value, or null when the flag is not given
     * @throws IllegalArgumentException when the flag has no value
     */
    private static String option(List<String> words, String flag, String what) {
        int at = words.indexOf(flag);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= words.size() || !words.get(at + 1).matches("[A-Za-z0-9_-]{1,80}")) {
            throw new IllegalArgumentException(flag + " needs " + what);
        }
        String value = words.remove(at + 1);
        words.remove(at);
        return value;
    }

    /** Whether the plugin starts with the printed configuration added to this environment. */
    private static boolean accepted(Map<String, String> environment, List<String> configuration, PrintStream err) {
        Map<String, String> withIt = new HashMap<>(environment);
        configuration.forEach(line -> withIt.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        try {
            PluginConfiguration.fromEnvironment(withIt);
            return true;
        } catch (ConfigurationException refused) {
            err.println("rich-contact: the plugin would refuse the configuration printed: " + refused.getMessage());
            return false;
        }
    }
}
