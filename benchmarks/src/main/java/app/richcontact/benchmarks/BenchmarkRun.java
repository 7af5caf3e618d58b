package app.richcontact.benchmarks;

import app.richcontact.benchmarks.harness.Figure;
import app.richcontact.benchmarks.harness.Machine;
import app.richcontact.benchmarks.harness.Report;
import app.richcontact.benchmarks.sections.Failover;
import app.richcontact.benchmarks.sections.FaultDrills;
import app.richcontact.benchmarks.sections.Heap;
import app.richcontact.benchmarks.sections.Ingest;
import app.richcontact.benchmarks.sections.Latency;
import app.richcontact.benchmarks.sections.PeerComparison;
import app.richcontact.benchmarks.sections.RequestCost;
import app.richcontact.benchmarks.sections.SeparateProcess;
import app.richcontact.benchmarks.sections.Throughput;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every benchmark and fault drill in order, prints each figure next to its goal, and writes
 * the table to {@code benchmarks/target/bench-results.json} and {@code .md}. The plugin's and the
 * sandbox's own log lines go to {@code benchmarks/target/bench-logs/run.log}: logging stays on
 * (it is part of the cost), it just does not bury the table. {@code -Dbench.only=a,b} runs some
 * sections only.
 */
public final class BenchmarkRun {

    /** A part of the run. */
    @FunctionalInterface
    interface Section {
        void run(Report report) throws Exception;
    }

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(Report.LOGS);
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream log = new PrintStream(new FileOutputStream(Report.LOGS.resolve("run.log").toFile()), false,
                StandardCharsets.UTF_8);
        System.setOut(log);
        System.setErr(log);

        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("throughput", Throughput::run);
        sections.put("latency", Latency::run);
        sections.put("requests", RequestCost::run);
        sections.put("heap", Heap::run);
        sections.put("process", SeparateProcess::run);
        sections.put("ingest", Ingest::run);
        sections.put("drills", FaultDrills::run);
        sections.put("failover", Failover::run);
        sections.put("peer", PeerComparison::run);

        String only = System.getProperty("bench.only", "").trim();
        Set<String> chosen = only.isEmpty() ? sections.keySet()
                : Arrays.stream(only.split(",")).map(String::trim).collect(Collectors.toSet());
        Report report = new Report(console);
        report.context("cores", Runtime.getRuntime().availableProcessors());
        report.context("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.context("loadAverageAtStart", Machine.loadAverage());
        report.say("Rich Contact benchmarks: %s (plugin and sandbox logs in %s)", chosen, Report.LOGS.resolve("run.log"));
        for (Map.Entry<String, Section> section : sections.entrySet()) {
            if (!chosen.contains(section.getKey())) {
                continue;
            }
            report.say("== %s (load average %.2f)", section.getKey(), Machine.loadAverage());
            try {
                section.getValue().run(report);
            } catch (Exception | AssertionError failed) {
                failed.printStackTrace(log);
                report.add(new Figure(section.getKey(), "section failed: " + failed, Double.NaN, "", "runs",
                        Figure.MISS, "see " + Report.LOGS.resolve("run.log")));
            }
            log.flush();
        }
        report.context("loadAverageAtEnd", Machine.loadAverage());
        report.printTable();
        report.write(Report.OUTPUT);
        console.println("Written: " + Report.OUTPUT.resolve("bench-results.json") + " and " + Report.OUTPUT.resolve("bench-results.md"));
        log.flush();
        // Daemon threads of a section that failed to close must not keep the run alive.
        System.exit(0);
    }
}
