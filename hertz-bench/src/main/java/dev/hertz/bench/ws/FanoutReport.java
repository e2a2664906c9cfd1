package dev.hertz.bench.ws;

import java.util.List;
import java.util.Locale;

/** The runs as Markdown tables, ready for docs/benchmarks.md. */
final class FanoutReport {
    private FanoutReport() {
    }

    static String throughput(List<FanoutRun.Result> results) {
        StringBuilder b = new StringBuilder()
                .append("| server | clients | messages per client | delivered msg/s | delay p50 (ms) | p99 (ms) | max (ms)"
                        + " | lost | server CPU µs/delivery | client CPU µs/delivery | other processes' CPU (% of all cores) |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (FanoutRun.Result r : results) {
            PhaseResult p = r.throughput();
            b.append(row(r.target(), r.clients(), p.messages(), fmt("%.0f", p.deliveredPerSecond()), p,
                    fmt("%.1f", PhaseResult.microsPerDelivery(p.cpu().server(), p.delivered())),
                    fmt("%.1f", PhaseResult.microsPerDelivery(p.cpu().clients(), p.delivered())))).append('\n');
        }
        return b.toString();
    }

    static String paced(List<FanoutRun.Result> results, double perSecond) {
        StringBuilder b = new StringBuilder()
                .append("| server | clients | messages per client at ").append(fmt("%.0f", perSecond))
                .append("/s | delivered msg/s | delay p50 (ms) | p99 (ms) | max (ms) | lost | server CPU (% of one core)"
                        + " | client CPU (% of one core) | other processes' CPU (% of all cores) |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (FanoutRun.Result r : results) {
            PhaseResult p = r.paced();
            if (p == null) {
                continue;
            }
            b.append(row(r.target(), r.clients(), p.messages(), fmt("%.0f", p.deliveredPerSecond()), p,
                    percentOfCore(p.cpu().server(), p.seconds()), percentOfCore(p.cpu().clients(), p.seconds())))
                    .append('\n');
        }
        return b.toString();
    }

    private static String row(String target, int clients, int messages, String rate, PhaseResult p, String serverCpu,
                              String clientCpu) {
        Delays d = p.delays();
        String lost = p.lost() + (p.outOfOrder() > 0 ? " (" + p.outOfOrder() + " out of order)" : "")
                + (p.failure() == null ? "" : " — " + p.failure());
        return "| " + target + " | " + clients + " | " + messages + " | " + rate + " | " + ms(d.p50Nanos()) + " | "
                + ms(d.p99Nanos()) + " | " + ms(d.maxNanos()) + " | " + lost + " | " + serverCpu + " | " + clientCpu
                + " | " + fmt("%.0f %%", p.cpu().othersPercent()) + " |";
    }

    private static String percentOfCore(long nanos, double seconds) {
        return nanos < 0 ? "?" : fmt("%.0f %%", 100.0 * nanos / (seconds * 1e9));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "—" : fmt("%.2f", nanos / 1e6);
    }

    private static String fmt(String format, double value) {
        return Double.isNaN(value) ? "?" : String.format(Locale.ROOT, format, value);
    }
}
