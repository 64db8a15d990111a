package com.alvh.workbench.defi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The perpetual funding history of {@code sample-data/eth_perp_funding_binance.csv} (Binance ETHUSDT,
 * three fixings a day, 2020-2023) and the annual rate it implies: funding is paid per 8 hours on the
 * notional, positive when longs pay shorts, so a year holds {@code 3 x 365} fixings and the annual rate
 * is {@code 1095 x} the mean fixing (simple, not compounded: funding is paid out, not reinvested).
 */
public final class FundingHistory {

    /** File name in sample-data/. */
    public static final String FILE = "eth_perp_funding_binance.csv";
    /** Fixings a year. */
    public static final double FIXINGS_PER_YEAR = 3.0 * 365.0;

    private final String[] dates;
    private final double[][] fixings;

    private FundingHistory(String[] dates, double[][] fixings) {
        this.dates = dates;
        this.fixings = fixings;
    }

    /**
     * @param directory the sample-data directory
     * @throws IOException if the file cannot be read or a cell is not a number
     */
    public static FundingHistory load(Path directory) throws IOException {
        DefiData.Table t = DefiData.read(directory.resolve(FILE));
        int date = t.column("date");
        int[] cols = {t.column("funding_00utc"), t.column("funding_08utc"), t.column("funding_16utc")};
        String[] ds = new String[t.rows().size()];
        double[][] f = new double[ds.length][3];
        for (int i = 0; i < ds.length; i++) {
            String[] row = t.rows().get(i);
            ds[i] = row[date];
            for (int k = 0; k < 3; k++) {
                f[i][k] = DefiData.number(row[cols[k]]);
                if (!Double.isFinite(f[i][k])) {
                    throw new IOException(FILE + " line " + (i + 2) + ": funding is not a number: '" + row[cols[k]] + "'");
                }
            }
        }
        return new FundingHistory(ds, f);
    }

    /** Days in the file. */
    public int days() {
        return dates.length;
    }

    /** Mean annual funding over the whole file, {@code 1095 x} the mean fixing (per year, + = longs pay shorts). */
    public double meanAnnualRate() {
        return annualRate("");
    }

    /** Mean annual funding by calendar year ("2022" -&gt; rate), in order. */
    public Map<String, Double> annualRateByYear() {
        Map<String, Double> out = new TreeMap<>();
        for (String d : dates) {
            out.computeIfAbsent(d.substring(0, 4), this::annualRate);
        }
        return out;
    }

    private double annualRate(String prefix) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i].startsWith(prefix)) {
                for (double v : fixings[i]) {
                    s += v;
                    n++;
                }
            }
        }
        return s / n * FIXINGS_PER_YEAR;
    }
}
