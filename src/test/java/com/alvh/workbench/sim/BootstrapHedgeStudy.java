package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.Black76;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Investigation (not a test): do simple hedges earn on bootstrap paths what they earned on the real
 * history? Prices three positions with the campaign's own quotes (the VIX futures curve and VIX option
 * vols of the model, {@link MarketModel#ownVixFutures()}, {@link MarketModel#ownVixOptionVols()}; SPX puts
 * at {@link SkewModel#DEFAULT}), entered on every day of the real history and on every step of bootstrap
 * paths that start on uniformly drawn days of the same history, at mid, no costs:
 * <ul>
 *   <li><b>future</b>: the listed VIX future nearest 21 trading days out, held 21 days (or to expiry,
 *   settled on the curve's settlement value);</li>
 *   <li><b>call</b>: the 30-delta call on that contract (strike rounded to a point, as the layers do),
 *   held to expiry;</li>
 *   <li><b>call10</b>: the same call sold at its mark after 10 days (marks are what the campaign's exits,
 *   take-profits and monetising sell at);</li>
 *   <li><b>put</b>: a 10 % out-of-the-money SPX put, 21 trading days, held to expiry (P&amp;L in % of
 *   spot).</li>
 * </ul>
 * and, on the bootstrap, the part of each P&amp;L that arose at block switches: at a step where a path
 * starts a new block, the held position's mark on the new day's quotes minus its mark on the old day's,
 * both before the step's move, at the path's VIX (P&amp;L that never existed in any real day).
 *
 * <p>Standard errors: on history, of batch means over 126-day batches of entry days (entries overlap
 * by up to 46 days); on the bootstrap, of per-path means (paths are independent).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp) com.alvh.workbench.sim.BootstrapHedgeStudy
 * [dataDir] [from] [to] [paths] [meanBlockDays] [neighbours]}.
 */
public final class BootstrapHedgeStudy {

    static final double RATE = 0.04;
    static final double DIV = 0.013;
    static final int ENTRY_STEPS = 63;
    static final int HOLD_FUTURE = 21;
    static final int SOLD_AFTER = 10;
    static final int PUT_STEPS = 21;
    /** Longest path needed after the last entry: a contract up to 21 + 25 trading days out. */
    static final int TAIL = 21 + HistoricalVixFutures.MAX_EXTENSION + 1;
    static final String[] NAMES = {"future", "call", "call10", "put", "callR", "call5R"};
    /** Trading days to expiry at which the reserve-like call is sold (the base sample's reserve: 5 calendar days). */
    static final int SELL_LEFT = 3;
    /** Drawdown filter: SPX at least this far below its high of the last {@value #DD_WINDOW} steps. */
    static double ddFilter = 0.0;
    static final int DD_WINDOW = 21;
    static final double[] BUCKET_TOPS = {15, 20, 25, 35, Double.POSITIVE_INFINITY};

    private BootstrapHedgeStudy() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        LocalDate from = LocalDate.parse(args.length > 1 ? args[1] : "2007-04-02");
        LocalDate to = LocalDate.parse(args.length > 2 ? args[2] : "2025-12-31");
        int paths = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
        double meanBlock = args.length > 4 ? Double.parseDouble(args[4]) : 20.0;
        int neighbours = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        MarketHistory history = MarketHistory.load(dir).between(from, to);
        System.out.printf(Locale.ROOT, "history %s..%s (%d days); bootstrap L %.0f, %d neighbours, %d paths%n",
                history.date(0), history.date(history.size() - 1), history.size(), meanBlock, neighbours, paths);

        Tape real = Tape.replay(history);
        Quotes replayQuotes = Quotes.of(new HistoricalReplayModel(history));
        Result onHistory = evaluate(new Tape[] {real}, replayQuotes, ENTRY_STEPS_ALL);
        print("history", onHistory);

        BlockBootstrapModel model = new BlockBootstrapModel(history, history.spxClose(0), history.vixClose(0), meanBlock,
                neighbours);
        Tape[] tapes = Tape.bootstrap(model, history, paths, ENTRY_STEPS + TAIL, 20261209L);
        Result onBootstrap = evaluate(tapes, Quotes.of(model), ENTRY_STEPS);
        print("bootstrap", onBootstrap);
        switches(tapes, history);
        ddFilter = args.length > 6 ? Double.parseDouble(args[6]) : 0.05;
        System.out.printf(Locale.ROOT, "%nentries where SPX is at least %.0f %% below its %d-day high:%n", 100 * ddFilter,
                DD_WINDOW);
        print("history, drawdown", evaluate(new Tape[] {real}, replayQuotes, ENTRY_STEPS_ALL));
        print("bootstrap, drawdown", evaluate(tapes, Quotes.of(model), ENTRY_STEPS));
        ddFilter = 0;
    }

    /** Entry on every step that leaves room for the longest holding. */
    static final int ENTRY_STEPS_ALL = -1;

    /** The quotes a campaign marks with: the model's futures curve and VIX option vols, stand-ins where NaN. */
    record Quotes(VixFutureCurve curve, VixOptionVols.ByDay vols, SkewModel skew) {
        static Quotes of(MarketModel model) {
            VixFutureCurve standIn = new VixFutureTermCurve(VixTermStructure.DEFAULT);
            return new Quotes(model.ownVixFutures().orElseThrow().orElse(standIn),
                    model.ownVixOptionVols().orElseThrow().orElse(VixOptionVols.flat(0.9)), SkewModel.DEFAULT);
        }

        double future(int cursor, double vix, int left) {
            return curve.future(cursor, vix, vix * vix / 1e4, left / 252.0);
        }

        double call(int cursor, double vix, double strike, int left) {
            if (left <= 0) {
                return Math.max(curve.settlement(cursor, vix) - strike, 0.0);
            }
            double t = left / 252.0;
            return Black76.price(OptionType.CALL, future(cursor, vix, left), strike, t, RATE, vols.at(cursor, t));
        }

        /** The 30-delta call strike as {@code LayerInstruments} rounds it. */
        double strike30(int cursor, double vix, int left) {
            double t = left / 252.0;
            double s = vols.at(cursor, t) * Math.sqrt(t);
            double d1 = NormalDistribution.inverseCdf(0.3 * Math.exp(RATE * t));
            return Math.max(1.0, Math.rint(future(cursor, vix, left) * Math.exp(-d1 * s + 0.5 * s * s)));
        }

        double put(double spot, double vix, double strike, int left) {
            double t = left / 252.0;
            double fwd = spot * Math.exp((RATE - DIV) * t);
            return BlackScholes.price(OptionType.PUT, spot, strike, t, RATE, DIV, skew.vol(fwd, strike, t, vix));
        }
    }

    /** One path: cursor, VIX and SPX per step. */
    record Tape(int[] cursor, double[] vix, double[] spot) {
        int length() {
            return cursor.length;
        }

        /** Whether step {@code t} started a new block (its cursor does not follow step {@code t - 1}'s). */
        boolean switchAt(int t) {
            return t > 0 && cursor[t] != cursor[t - 1] + 1;
        }

        static Tape replay(MarketHistory h) {
            int n = h.size();
            int[] c = new int[n];
            double[] v = new double[n];
            double[] s = new double[n];
            for (int d = 0; d < n; d++) {
                c[d] = d;
                v[d] = h.vixClose(d);
                s[d] = h.spxClose(d);
            }
            return new Tape(c, v, s);
        }

        /** Bootstrap paths, each starting on a uniformly drawn day of the history (as if it had begun there). */
        static Tape[] bootstrap(MarketModel model, MarketHistory h, int paths, int steps, long seed) {
            UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
            PathState state = new PathState(paths);
            model.initialise(state);
            int[][] c = new int[paths][steps + 1];
            double[][] v = new double[paths][steps + 1];
            double[][] s = new double[paths][steps + 1];
            for (int i = 0; i < paths; i++) {
                int d = rng.nextInt(h.size() - 1);
                state.cursor[i] = d;
                state.vix[i] = h.vixClose(d);
                state.spot[i] = h.spxClose(d);
                state.vix3m[i] = h.vix3mClose(d);
            }
            for (int t = 0; t <= steps; t++) {
                if (t > 0) {
                    model.advance(state, t, 1.0 / 252, rng);
                }
                for (int i = 0; i < paths; i++) {
                    c[i][t] = state.cursor[i];
                    v[i][t] = state.vix[i];
                    s[i][t] = state.spot[i];
                }
            }
            Tape[] out = new Tape[paths];
            for (int i = 0; i < paths; i++) {
                out[i] = new Tape(c[i], v[i], s[i]);
            }
            return out;
        }
    }

    /** Sums per instrument and VIX bucket, and per group (path or batch) for the standard error. */
    static final class Result {
        final int instruments = NAMES.length;
        final int buckets = BUCKET_TOPS.length + 1; // last: all
        final double[][] sum = new double[instruments][buckets];
        final double[][] jump = new double[instruments][buckets];
        final long[][] count = new long[instruments][buckets];
        // per group means for the SE of the overall mean
        final double[][] groupSum = new double[instruments][];
        final double[][] groupJump = new double[instruments][];
        final long[][] groupCount = new long[instruments][];
        double vixSum;
        long vixCount;

        Result(int groups) {
            for (int k = 0; k < instruments; k++) {
                groupSum[k] = new double[groups];
                groupJump[k] = new double[groups];
                groupCount[k] = new long[groups];
            }
        }

        void add(int k, double vix, int group, double pnl, double jumped) {
            int b = 0;
            while (vix >= BUCKET_TOPS[b]) {
                b++;
            }
            for (int bb : new int[] {b, buckets - 1}) {
                sum[k][bb] += pnl;
                jump[k][bb] += jumped;
                count[k][bb]++;
            }
            groupSum[k][group] += pnl;
            groupJump[k][group] += jumped;
            groupCount[k][group]++;
        }

        /** Standard error of the overall mean from the group means (weighted by counts). */
        double se(int k, double[] values) {
            int g = 0;
            double total = 0;
            long n = 0;
            for (int j = 0; j < values.length; j++) {
                if (groupCount[k][j] > 0) {
                    g++;
                    total += values[j];
                    n += groupCount[k][j];
                }
            }
            double mean = total / n;
            double ss = 0;
            for (int j = 0; j < values.length; j++) {
                if (groupCount[k][j] > 0) {
                    double m = values[j] / groupCount[k][j] - mean;
                    ss += m * m * groupCount[k][j] * groupCount[k][j];
                }
            }
            // Ratio estimator: var(mean) ~ sum (n_j (m_j - m))^2 / (n^2) * g/(g-1)
            return Math.sqrt(ss / ((double) n * n) * g / (g - 1.0));
        }
    }

    static Result evaluate(Tape[] tapes, Quotes q, int entrySteps) {
        boolean batches = tapes.length == 1;
        int groups = batches ? tapes[0].length() / 126 + 1 : tapes.length;
        Result r = new Result(groups);
        for (int p = 0; p < tapes.length; p++) {
            Tape tape = tapes[p];
            int last = entrySteps == ENTRY_STEPS_ALL ? tape.length() - TAIL : entrySteps;
            for (int s = ddFilter > 0 ? DD_WINDOW : 0; s < last; s++) {
                int group = batches ? s / 126 : p;
                if (ddFilter > 0) {
                    double high = 0;
                    for (int t = s - DD_WINDOW; t <= s; t++) {
                        high = Math.max(high, tape.spot[t]);
                    }
                    if (tape.spot[s] > (1 - ddFilter) * high) {
                        continue;
                    }
                }
                int c = tape.cursor[s];
                double v = tape.vix[s];
                r.vixSum += v;
                r.vixCount++;
                // future
                int n = q.curve.listedTenor(c, HOLD_FUTURE, 1);
                int h = Math.min(HOLD_FUTURE, n);
                double f0 = q.future(c, v, n);
                int e = s + h;
                double exit = h == n ? q.curve.settlement(tape.cursor[e], tape.vix[e])
                        : q.future(tape.cursor[e], tape.vix[e], n - h);
                double jumpF = 0;
                for (int t = s + 1; t <= e; t++) {
                    if (tape.switchAt(t)) {
                        int left = n - (t - 1 - s);
                        int dNew = tape.cursor[t] - 1;
                        jumpF += q.future(dNew, tape.vix[t - 1], left) - q.future(tape.cursor[t - 1], tape.vix[t - 1], left);
                    }
                }
                r.add(0, v, group, exit - f0, jumpF);
                // 30-delta call on the same contract, held to expiry and sold after 10 days
                double k = q.strike30(c, v, n);
                double price = q.call(c, v, k, n);
                int ex = s + n;
                double payoff = q.call(tape.cursor[ex], tape.vix[ex], k, 0);
                r.add(1, v, group, payoff - price, 0.0); // held to expiry: marks never enter
                r.add(4, v, group, payoff / price - 1.0, 0.0); // return on premium (premium-sized layers)
                int out = s + Math.max(n - SELL_LEFT, 0);
                double sale = q.call(tape.cursor[out], tape.vix[out], k, n - (out - s));
                double jumpR = 0;
                for (int t = s + 1; t <= out; t++) {
                    if (tape.switchAt(t)) {
                        int left = n - (t - 1 - s);
                        jumpR += (q.call(tape.cursor[t] - 1, tape.vix[t - 1], k, left)
                                - q.call(tape.cursor[t - 1], tape.vix[t - 1], k, left)) / price;
                    }
                }
                r.add(5, v, group, sale / price - 1.0, jumpR);
                int sold = s + Math.min(SOLD_AFTER, n);
                double mark = q.call(tape.cursor[sold], tape.vix[sold], k, n - (sold - s));
                double jumpC = 0;
                for (int t = s + 1; t <= sold; t++) {
                    if (tape.switchAt(t)) {
                        int left = n - (t - 1 - s);
                        jumpC += q.call(tape.cursor[t] - 1, tape.vix[t - 1], k, left)
                                - q.call(tape.cursor[t - 1], tape.vix[t - 1], k, left);
                    }
                }
                r.add(2, v, group, mark - price, jumpC);
                // 10 % OTM SPX put, 21 days, held to expiry, P&L in % of spot
                double spot = tape.spot[s];
                double kp = Math.rint(0.9 * spot / 5.0) * 5.0;
                double put = q.put(spot, v, kp, PUT_STEPS);
                double putPayoff = Math.max(kp - tape.spot[s + PUT_STEPS], 0.0);
                r.add(3, v, group, 100.0 * (putPayoff - put) / spot, 0.0);
            }
        }
        return r;
    }

    static void print(String label, Result r) {
        System.out.printf(Locale.ROOT, "%n%s: mean VIX at entry %.2f, %d entries%n", label, r.vixSum / r.vixCount,
                r.vixCount);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s", "position"));
        String[] labels = {"<15", "15-20", "20-25", "25-35", ">=35", "all"};
        for (String l : labels) {
            head.append(String.format(Locale.ROOT, "%16s", "VIX " + l));
        }
        head.append(String.format(Locale.ROOT, "%12s%20s", "SE(all)", "at switches (SE)"));
        System.out.println(head);
        for (int k = 0; k < NAMES.length; k++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s", NAMES[k]));
            for (int b = 0; b < r.buckets; b++) {
                line.append(r.count[k][b] == 0 ? String.format(Locale.ROOT, "%16s", "-")
                        : String.format(Locale.ROOT, "%10.3f(%5d)", r.sum[k][b] / r.count[k][b],
                        Math.min(99999, r.count[k][b])));
            }
            int all = r.buckets - 1;
            line.append(String.format(Locale.ROOT, "%12.3f%12.3f(%.3f)", r.se(k, r.groupSum[k]),
                    r.jump[k][all] / r.count[k][all], r.se(k, r.groupJump[k])));
            System.out.println(line);
        }
    }

    /** What block switches do to the quotes: the jump of the curve's shape and of VVIX at the path's VIX. */
    static void switches(Tape[] tapes, MarketHistory h) {
        long n = 0;
        double sumShape = 0;
        double sumAbsShape = 0;
        double sumVvix = 0;
        double sumAbsVvix = 0;
        double sumVixMiss = 0;
        for (Tape tape : tapes) {
            for (int t = 1; t < tape.length(); t++) {
                if (!tape.switchAt(t)) {
                    continue;
                }
                int old = tape.cursor[t - 1];
                int dNew = tape.cursor[t] - 1;
                if (!h.hasVixFutures(old) || !h.hasVixFutures(dNew)) {
                    continue;
                }
                // M2 over spot: the shape near the layers' tenors
                double shapeOld = h.vixFutureSettle(old, 1) / h.vixClose(old);
                double shapeNew = h.vixFutureSettle(dNew, 1) / h.vixClose(dNew);
                sumShape += shapeNew - shapeOld;
                sumAbsShape += Math.abs(shapeNew - shapeOld);
                double vv = h.vvixClose(dNew) - h.vvixClose(old);
                if (Double.isFinite(vv)) {
                    sumVvix += vv;
                    sumAbsVvix += Math.abs(vv);
                }
                sumVixMiss += Math.abs(tape.vix[t - 1] / h.vixClose(dNew) - 1.0);
                n++;
            }
        }
        System.out.printf(Locale.ROOT, "%nblock switches: %d (%.3f per path-step); M2/VIX jumps mean %+.4f, mean |.| %.4f; "
                        + "VVIX jumps mean %+.2f, mean |.| %.2f; |path VIX / new day's VIX - 1| %.4f%n",
                n, n / (double) (tapes.length * (tapes[0].length() - 1)), sumShape / n, sumAbsShape / n, sumVvix / n,
                sumAbsVvix / n, sumVixMiss / n);
    }
}
