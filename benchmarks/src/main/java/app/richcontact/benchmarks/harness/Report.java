package app.richcontact.benchmarks.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the figures of a run, prints progress and the final table on the real standard output
 * (the plugin's own log lines go to a file), and writes the table as JSON and Markdown.
 */
public final class Report {

    /** Where the run writes its tables: {@code -Dbench.output}, by default benchmarks/target. */
    public static final Path OUTPUT = Path.of(System.getProperty("bench.output", "benchmarks/target"));
    /** Where the plugins' logs and raw samples go. */
    public static final Path LOGS = OUTPUT.resolve("bench-logs");

    private final PrintStream out;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();

    public Report(PrintStream out) {
        this.out = out;
    }

    public synchronized void add(Figure figure) {
        figures.add(figure);
        out.printf("  %-4s %-14s %-58s %14s %-5s %s%n", figure.verdict(), figure.section(), figure.name(),
                Numbers.format(figure.value()) + " " + figure.unit(), "", figure.goal());
    }

    public synchronized void context(String key, Object value) {
        context.put(key, value);
    }

    public synchronized void say(String format, Object... args) {
        out.printf("[%5.0fs] %s%n", elapsedSeconds(), String.format(format, args));
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Prints the table and its notes. */
    public synchronized void printTable() {
        String header = String.format("%-12s | %-60s | %16s | %-10s | %-7s", "section", "figure", "measured", "goal",
                "verdict");
        out.println();
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Figure figure : figures) {
            out.println(String.format("%-12s | %-60s | %16s | %-10s | %-7s", figure.section(), figure.name(),
                    Numbers.format(figure.value()) + " " + figure.unit(), figure.goal(), figure.verdict()));
        }
        out.println();
        long passed = figures.stream().filter(f -> f.verdict().equals(Figure.PASS)).count();
        long missed = figures.stream().filter(f -> f.verdict().equals(Figure.MISS)).count();
        out.printf("%d goals met, %d missed, %d context figures; %.0f s; context: %s%n", passed, missed,
                figures.size() - passed - missed, elapsedSeconds(), context);
    }

    /** Writes bench-results.json and bench-results.md under {@code directory}. */
    public synchronized void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("finishedAt", Instant.now().toString());
        root.put("seconds", Math.round(elapsedSeconds()));
        root.set("context", json.valueToTree(context));
        ArrayNode rows = root.putArray("figures");
        for (Figure figure : figures) {
            ObjectNode row = rows.addObject();
            row.put("section", figure.section());
            row.put("figure", figure.name());
            if (Double.isNaN(figure.value())) {
                row.putNull("value");
            } else {
                row.put("value", figure.value());
            }
            row.put("unit", figure.unit());
            row.put("goal", figure.goal());
            row.put("verdict", figure.verdict());
            row.put("note", figure.note());
        }
        Files.writeString(directory.resolve("bench-results.json"), json.writeValueAsString(root));

        StringBuilder md = new StringBuilder("| section | figure | measured | goal | verdict | how / why |\n")
                .append("|---|---|---:|---|---|---|\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.section()).append(" | ").append(figure.name()).append(" | ")
                    .append(Numbers.format(figure.value())).append(' ').append(figure.unit()).append(" | ")
                    .append(figure.goal()).append(" | ").append(figure.verdict()).append(" | ")
                    .append(figure.note().replace("|", "\\|")).append(" |\n");
        }
        Files.writeString(directory.resolve("bench-results.md"), md.toString());
    }
}
