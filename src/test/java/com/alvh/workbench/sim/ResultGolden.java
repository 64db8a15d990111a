package com.alvh.workbench.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes a {@link CampaignResult} as text, exactly: every double by {@link Double#toString} (which
 * reads back to the same double, -0.0 and NaN included), so two results print the same text only
 * if they are the same bit for bit. Per-path outcomes and per-layer totals are written in full; the
 * large per-step arrays (fan, cash flows by step, sample paths) by a hash of their bits
 * ({@link Arrays#hashCode(double[])} hashes {@link Double#doubleToLongBits}), an exact sum, and, for
 * the fan, the full values every {@value #FAN_EVERY} steps and at the last step.
 *
 * <p>Golden files are compared line by line so a failure names the first line that moved;
 * {@code -Dalvh.regenerate=true} rewrites them (review the diff before committing).
 */
public final class ResultGolden {

    /** Fan columns written in full: every this many steps, and the last. */
    static final int FAN_EVERY = 10;

    private ResultGolden() {
    }

    /**
     * Appends the exact text of one result.
     *
     * @param b where to write
     * @param label the run's name in the file
     * @param r the result
     */
    public static void append(StringBuilder b, String label, CampaignResult r) {
        b.append("== ").append(label).append('\n');
        b.append("policy ").append(r.policyName()).append(" paths ").append(r.paths()).append(" steps ").append(r.steps())
                .append(" capital ").append(r.capital()).append(" layers ").append(r.layerNames()).append('\n');
        full(b, "pnl", r.pnl());
        full(b, "maxDrawdown", r.maxDrawdown());
        full(b, "hedgeCost", r.hedgeCost());
        b.append("stepsUnderWater hash ").append(Arrays.hashCode(r.stepsUnderWater())).append('\n');
        b.append("condorTrades hash ").append(Arrays.hashCode(r.condorTrades())).append('\n');
        b.append("reserveDeployed hash ").append(Arrays.hashCode(r.reserveDeployed())).append('\n');
        for (int l = 0; l < r.layerCount(); l++) {
            b.append("layer ").append(l).append(' ').append(r.layerNames().get(l)).append('\n');
            b.append("  paid total ").append(sum(r.layerPaidByStep()[l])).append(" byStep hash ")
                    .append(Arrays.hashCode(r.layerPaidByStep()[l])).append('\n');
            b.append("  received total ").append(sum(r.layerReceivedByStep()[l])).append(" byStep hash ")
                    .append(Arrays.hashCode(r.layerReceivedByStep()[l])).append('\n');
            b.append("  finalValue ").append(r.layerFinalValue()[l]).append(" pathsEntered ")
                    .append(r.layerPathsEntered()[l]).append(" entriesByStep hash ")
                    .append(Arrays.hashCode(r.layerEntriesByStep()[l])).append('\n');
        }
        b.append("fan ").append(Arrays.toString(r.fanPercentiles())).append(" sample ").append(r.fanSampleSize()).append('\n');
        for (int p = 0; p < r.fanPercentiles().length; p++) {
            double[] row = r.equityFan()[p];
            b.append("  p").append(r.fanPercentiles()[p]).append(" hash ").append(Arrays.hashCode(row)).append(" sum ")
                    .append(sum(row)).append(" at");
            for (int t = 0; t < row.length; t++) {
                if (t % FAN_EVERY == 0 || t == row.length - 1) {
                    b.append(' ').append(t).append(':').append(row[t]);
                }
            }
            b.append('\n');
        }
        for (CampaignResult.SamplePath s : r.samples()) {
            b.append("sample ").append(s.pathIndex()).append(" equity ").append(Arrays.hashCode(s.equity()))
                    .append(" spot ").append(Arrays.hashCode(s.spot())).append(" vix ").append(Arrays.hashCode(s.vix()))
                    .append(" condorOpen ").append(Arrays.hashCode(s.condorOpen())).append(" layerOpen ")
                    .append(Arrays.deepHashCode(s.layerOpen())).append(" entries ").append(s.layerEntrySteps()).append('\n');
        }
    }

    /**
     * Appends a named array in full, one line.
     *
     * @param b where to write
     * @param name its name
     * @param v the values
     */
    public static void full(StringBuilder b, String name, double[] v) {
        b.append(name).append(' ').append(v.length);
        for (double x : v) {
            b.append(' ').append(x);
        }
        b.append('\n');
    }

    /**
     * Appends a named per-step array by its length, hash of bits and exact sum.
     *
     * @param b where to write
     * @param name its name
     * @param v the values
     */
    public static void hashed(StringBuilder b, String name, double[] v) {
        b.append(name).append(' ').append(v.length).append(" hash ").append(Arrays.hashCode(v)).append(" sum ")
                .append(sum(v)).append('\n');
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /**
     * Compares {@code actual} with the golden file line by line (or rewrites the file with
     * {@code -Dalvh.regenerate=true}).
     *
     * @param golden the file under src/test/resources
     * @param actual the text of this run
     * @throws IOException if the file cannot be read or written
     */
    public static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("alvh.regenerate")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (regenerate with -Dalvh.regenerate=true)", golden).exists();
        List<String> want = Files.readAllLines(golden, StandardCharsets.UTF_8);
        List<String> got = actual.lines().toList();
        String run = "";
        for (int k = 0; k < Math.min(want.size(), got.size()); k++) {
            if (want.get(k).startsWith("== ")) {
                run = want.get(k);
            }
            assertThat(got.get(k)).as("%s line %d (in %s)", golden, k + 1, run).isEqualTo(want.get(k));
        }
        assertThat(got).as("%s: number of lines", golden).hasSameSizeAs(want);
    }
}
