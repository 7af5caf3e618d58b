package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.JavaProcess;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.probes.HeapProbe;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heap per pending capture: {@link HeapProbe} in a JVM of its own (serial collector, so that heap
 * in use after a full collection is exactly the live data), at two sizes to show the cost is per
 * capture and not a constant.
 */
public final class Heap {

    static final String SECTION = "memory";

    private Heap() {
    }

    public static void run(Report report) throws Exception {
        Path log = Report.LOGS.resolve("heap-probe.log");
        Map<String, Double> small = probe(10_000, log);
        report.say("heap probe: 10,000 captures -> %.0f B each", small.get("perCapture"));
        Map<String, Double> large = probe(100_000, log);
        String note = String.format("retained heap growth / open captures, after full GC (serial collector, "
                        + "compressed oops, JDK 17); 100,000 WhatsApp captures fed as RTM JSON through the RTM parser "
                        + "(origin, name, first message, request, phone, geolocation) with 10-minute windows, 20 websites; "
                        + "%.0f B each at 10,000; open reported %s",
                small.get("perCapture"), String.format("%.0f", large.get("open")));
        report.add(Figure.atMost(SECTION, "heap per pending capture (100,000 open windows)",
                Math.round(large.get("perCapture")), "B", 2_048, note));
        report.add(Figure.info(SECTION, "heap per session remembered as handled", Math.round(large.get("perHandled")),
                "B", "sessions decided stay remembered (12 h, at most 200,000 by default) so later messages cost nothing; "
                        + "measured on 100,000 chat-origin sessions; at the default cap that is about "
                        + Math.round(large.get("perHandled") * 200_000 / 1e6) + " MB"));
    }

    private static Map<String, Double> probe(int count, Path log) throws Exception {
        String out = JavaProcess.run(List.of("-XX:+UseSerialGC", "-Xmx1g", "-Xms1g"), HeapProbe.class.getName(),
                List.of(Integer.toString(count)), log).trim();
        Map<String, Double> values = new HashMap<>();
        for (String pair : out.substring(out.lastIndexOf('\n') + 1).split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Double.parseDouble(kv[1]));
        }
        return values;
    }
}
