package app.richcontact.benchmarks.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the plugin's operations endpoints: readiness and Prometheus metrics. */
public final class PluginHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)$");

    private final int port;

    public PluginHttp(int port) {
        this.port = port;
    }

    /** True when /health/ready answers 200; false on any other answer or no answer. */
    public boolean ready() {
        return answers200(uri("/health/ready"));
    }

    /** True when a GET of {@code uri} answers 200 within 2 s; false on any other answer or no answer. */
    static boolean answers200(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException noAnswer) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String metricsText() {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri("/metrics")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException noAnswer) {
            return "";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The sum of a metric's samples whose labels contain every given {@code name="value"} fragment. */
    public static double sum(String metricsText, String metric, String... labelFragments) {
        double total = 0;
        for (String line : metricsText.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line.trim());
            if (!sample.matches() || !sample.group(1).equals(metric)) {
                continue;
            }
            String labels = sample.group(2) == null ? "" : sample.group(2);
            boolean all = true;
            for (String fragment : labelFragments) {
                all &= labels.contains(fragment);
            }
            if (all) {
                total += Double.parseDouble(sample.group(3));
            }
        }
        return total;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
