package com.alvh.workbench.pricing;

import com.alvh.workbench.market.VolIndexTerm;
import com.alvh.workbench.math.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPX skew model ({@link SkewModel#DEFAULT}, ATM level by tenor from VIX9D, VIX, VIX3M and VIX6M,
 * {@link VolIndexTerm}) against three real end-of-day SPX chains (2019-04-25, 2019-05-13 after a 2.4 %
 * fall, 2019-06-03; Cboe delayed quotes via lambdaclass/options_backtester, see sample-data/SOURCES.md):
 * the implied-vol error (model minus market, vol points) of the 5, 10, 20 and 50-delta puts and calls of
 * every expiry from 7 to 200 days, by delta bucket and tenor band, held at the error it achieves
 * (docs/model.md, "The skew against real chains").
 *
 * <p>Market side: each option's implied vol from its mid by Black-76 on the expiry's forward implied by
 * put-call parity at the strike where call and put mids are closest ({@code F = K + (C - P)/D}),
 * discounted at the day's 3-month T-bill (FRED DTB3, discount basis, as a continuous rate). Only
 * out-of-the-money options with a bid; a bucket takes the option whose forward delta ({@code N(d1)} for
 * calls, {@code N(-d1)} for puts, at its own implied vol) is nearest the target.
 */
class SpxChainSkewCheckTest {

    private static final Path DIR = Path.of("src/test/resources/com/alvh/workbench/pricing/spx_option_chains_2019");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final double[] TARGETS = {0.05, 0.10, 0.20, 0.50};
    /** Tenor bands in calendar days: [7, 30), [30, 90), [90, 200]. */
    private static final int[] BAND_START = {7, 30, 90};
    private static final int[] BAND_END = {30, 90, 201};

    /**
     * A quote date: its chain file and the closes of that day. VIX9D, VIX3M from Cboe's histories
     * (sample-data/vol_indices_cboe_daily.csv), VIX from vix_daily.csv, VIX6M from vix6m_daily.csv, DTB3
     * from FRED (percent, discount basis).
     */
    record Day(String file, LocalDate date, double vix9d, double vix, double vix3m, double vix6m, double dtb3) {
        /** The T-bill's continuously compounded rate: {@code -ln(1 - d 91/360) / (91/365)}. */
        double rate() {
            return -Math.log(1.0 - dtb3 / 100.0 * 91.0 / 360.0) / (91.0 / 365.0);
        }
    }

    static final List<Day> DAYS = List.of(
            new Day("spx_chain_20190425.csv.gz", LocalDate.of(2019, 4, 25), 12.36, 13.25, 15.21, 16.44, 2.38),
            new Day("spx_chain_20190513.csv.gz", LocalDate.of(2019, 5, 13), 22.76, 20.55, 19.79, 19.34, 2.36),
            new Day("spx_chain_20190603.csv.gz", LocalDate.of(2019, 6, 3), 19.26, 18.86, 18.77, 19.09, 2.30));

    /** One bucket's option at one expiry: market vol, the model's with the term structure and at flat VIX. */
    record Point(Day day, int days, OptionType type, double target, double strike, double delta, double market,
                 double model, double flat, double spreadOfMid) {
    }

    private static final List<Point> POINTS = new ArrayList<>();

    @BeforeAll
    static void measure() throws IOException {
        SkewModel skew = SkewModel.DEFAULT;
        for (Day day : DAYS) {
            Map<LocalDate, List<String[]>> byExpiry = new TreeMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(DIR.resolve(day.file()))), StandardCharsets.US_ASCII))) {
                r.readLine(); // header: underlying,underlying_last,exchange,optionroot,type,expiration,quotedate,strike,...
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] f = line.split(",");
                    byExpiry.computeIfAbsent(LocalDate.parse(f[5], US), k -> new ArrayList<>()).add(f);
                }
            }
            double rate = day.rate();
            for (Map.Entry<LocalDate, List<String[]>> e : byExpiry.entrySet()) {
                int days = (int) ChronoUnit.DAYS.between(day.date(), e.getKey());
                if (days < 7 || days > 200) {
                    continue;
                }
                double t = days / 365.0;
                double discount = Math.exp(-rate * t);
                Map<Double, double[]> mids = new TreeMap<>(); // strike -> {call mid, put mid, call spread, put spread}
                for (String[] f : e.getValue()) {
                    double bid = Double.parseDouble(f[10]);
                    double ask = Double.parseDouble(f[11]);
                    if (!(bid > 0.0) || !(ask >= bid)) {
                        continue;
                    }
                    double[] m = mids.computeIfAbsent(Double.parseDouble(f[7]), k -> new double[] {0, 0, 0, 0});
                    int side = f[4].equals("call") ? 0 : 1;
                    m[side] = 0.5 * (bid + ask);
                    m[side + 2] = (ask - bid) / m[side];
                }
                double forward = impliedForward(mids, discount);
                double level = VolIndexTerm.interpolate(day.vix9d(), day.vix(), day.vix3m(), day.vix6m(), t);
                for (OptionType type : OptionType.values()) {
                    int side = type == OptionType.CALL ? 0 : 1;
                    for (double target : TARGETS) {
                        Point best = null;
                        for (Map.Entry<Double, double[]> m : mids.entrySet()) {
                            double k = m.getKey();
                            double mid = m.getValue()[side];
                            boolean otm = type == OptionType.CALL ? k >= forward : k <= forward;
                            if (!(mid > 0.0) || !otm) {
                                continue;
                            }
                            double vol;
                            try {
                                vol = ImpliedVolatility.black76(type, mid, forward, k, t, rate);
                            } catch (IllegalArgumentException x) {
                                continue;
                            }
                            double d1 = (Math.log(forward / k) + 0.5 * vol * vol * t) / (vol * Math.sqrt(t));
                            double delta = NormalDistribution.cdf(type == OptionType.CALL ? d1 : -d1);
                            if (best == null || Math.abs(delta - target) < Math.abs(best.delta() - target)) {
                                best = new Point(day, days, type, target, k, delta, vol,
                                        skew.vol(forward, k, t, level), skew.vol(forward, k, t, day.vix()),
                                        m.getValue()[side + 2]);
                            }
                        }
                        if (best != null) {
                            POINTS.add(best);
                        }
                    }
                }
            }
        }
    }

    /** The parity forward at the strike whose call and put mids are closest. */
    private static double impliedForward(Map<Double, double[]> mids, double discount) {
        double bestGap = Double.POSITIVE_INFINITY;
        double forward = Double.NaN;
        for (Map.Entry<Double, double[]> m : mids.entrySet()) {
            double c = m.getValue()[0];
            double p = m.getValue()[1];
            if (c > 0.0 && p > 0.0 && Math.abs(c - p) < bestGap) {
                bestGap = Math.abs(c - p);
                forward = m.getKey() + (c - p) / discount;
            }
        }
        return forward;
    }

    /** RMS of model minus market (vol points) over a bucket and band; {@code flat} for the flat-VIX model. */
    private static double rms(OptionType type, double target, int band, boolean flat) {
        double sum = 0;
        int n = 0;
        for (Point p : POINTS) {
            if (p.type() == type && p.target() == target && p.days() >= BAND_START[band] && p.days() < BAND_END[band]) {
                double err = 100 * ((flat ? p.flat() : p.model()) - p.market());
                sum += err * err;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    /** Mean of model minus market (vol points, the model's bias) over a bucket and band. */
    private static double bias(OptionType type, double target, int band) {
        double sum = 0;
        int n = 0;
        for (Point p : POINTS) {
            if (p.type() == type && p.target() == target && p.days() >= BAND_START[band] && p.days() < BAND_END[band]) {
                sum += 100 * (p.model() - p.market());
                n++;
            }
        }
        return sum / n;
    }

    /** Median bid-ask spread as a fraction of mid over a bucket (all tenors). */
    private static double medianSpread(OptionType type, double target) {
        double[] s = POINTS.stream().filter(p -> p.type() == type && p.target() == target)
                .mapToDouble(Point::spreadOfMid).sorted().toArray();
        return s[s.length / 2];
    }

    private static double rmsAll(int band, boolean flat) {
        double sum = 0;
        int n = 0;
        for (Point p : POINTS) {
            if (p.days() >= BAND_START[band] && p.days() < BAND_END[band]) {
                double err = 100 * ((flat ? p.flat() : p.model()) - p.market());
                sum += err * err;
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    /**
     * The errors this model achieves, RMS in vol points, rows put 5/10/20/50 then call 50/20/10/5 delta,
     * columns the tenor bands 7-29, 30-89 and 90-200 days: held here to 0.05 point above what it achieved
     * when written (the table in docs/model.md), so a change of the skew model or the term structure that
     * fits the market worse fails.
     */
    private static final double[][] HELD = {
            // 7-29 d, 30-89 d, 90-200 d
            {3.11, 1.82, 1.26}, // put 5
            {2.29, 1.39, 0.90}, // put 10
            {1.13, 0.72, 0.50}, // put 20
            {1.25, 1.07, 0.69}, // put 50
            {1.36, 1.11, 0.72}, // call 50
            {2.21, 1.39, 0.85}, // call 20
            {2.06, 1.32, 0.78}, // call 10
            {1.84, 1.32, 0.85}}; // call 5

    @Test
    void impliedVolErrorByDeltaBucketAndTenorIsHeldAtWhatTheModelAchieves() {
        StringBuilder table = new StringBuilder("bucket   7-29 d   30-89 d   90-200 d   (RMS model - market, vol points; flat VIX in brackets)\n");
        int row = 0;
        for (OptionType type : new OptionType[] {OptionType.PUT, OptionType.CALL}) {
            double[] targets = type == OptionType.PUT ? new double[] {0.05, 0.10, 0.20, 0.50}
                    : new double[] {0.50, 0.20, 0.10, 0.05};
            for (double target : targets) {
                table.append(String.format(Locale.ROOT, "%s %2.0f", type == OptionType.PUT ? "put " : "call", 100 * target));
                for (int band = 0; band < 3; band++) {
                    double e = rms(type, target, band, false);
                    table.append(String.format(Locale.ROOT, "   %4.2f (%4.2f)", e, rms(type, target, band, true)));
                    assertThat(e).as("%s %.2f delta, band %d", type, target, band).isLessThanOrEqualTo(HELD[row][band]);
                }
                table.append('\n');
                row++;
            }
        }
        for (int band = 0; band < 3; band++) {
            table.append(String.format(Locale.ROOT, "all band %d: %4.2f (%4.2f)%n", band, rmsAll(band, false), rmsAll(band, true)));
        }
        table.append("bias (mean model - market) and median bid-ask spread / mid\n");
        for (OptionType type : new OptionType[] {OptionType.PUT, OptionType.CALL}) {
            for (double target : TARGETS) {
                table.append(String.format(Locale.ROOT, "%s %2.0f   %+5.2f   %+5.2f   %+5.2f   spread %4.1f %%%n",
                        type == OptionType.PUT ? "put " : "call", 100 * target, bias(type, target, 0), bias(type, target, 1),
                        bias(type, target, 2), 100 * medianSpread(type, target)));
            }
        }
        System.out.print(table);
        assertThat(POINTS).hasSizeGreaterThan(400);
    }

    @Test
    void theTermStructureFitsLongerTenorsBetterThanTheVixAlone() {
        assertThat(rmsAll(1, false)).isLessThan(rmsAll(1, true));
        assertThat(rmsAll(2, false)).isLessThan(rmsAll(2, true));
    }
}
