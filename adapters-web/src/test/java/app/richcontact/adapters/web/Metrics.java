package app.richcontact.adapters.web;

import java.net.http.HttpResponse;

/** Reads one series from a {@code GET /metrics} answer. */
final class Metrics {

    private Metrics() {
    }

    static String scrape(WebFixture web) throws Exception {
        HttpResponse<String> answer = web.get("/metrics");
        if (answer.statusCode() != 200) {
            throw new AssertionError("metrics answered " + answer.statusCode());
        }
        return answer.body();
    }

    /** The value of a series written exactly as exposed (labels in alphabetical order), or 0 when absent. */
    static double value(String exposition, String series) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        return 0;
    }

    static double value(WebFixture web, String series) throws Exception {
        return value(scrape(web), series);
    }
}
