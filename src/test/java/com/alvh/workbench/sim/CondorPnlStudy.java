package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.HestonPricer;
import com.alvh.workbench.pricing.ImpliedVolatility;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Investigation (not a test): why does the unhedged CNDR campaign of the sample scenario lose money
 * on average under real-world Heston paths with a volatility premium? Prints (1) per leg, the
 * quoted (SSVI) price and vol against the discounted expected payoff on the real-world paths and
 * its implied vol, for one condor opened at step 0 and held to expiry; (2) a replica of the
 * campaign's condor logic that splits the P&amp;L into mid credit, mid cost of closing, slippage and
 * commissions by side (put spread, call spread), checked against {@link CampaignSimulation}.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp) com.alvh.workbench.sim.CondorPnlStudy [paths]}.
 */
public final class CondorPnlStudy {

    static final double SPOT = 5000.0;
    static final double RATE = 0.04;
    static final double DIV = 0.013;
    static final HestonModel HESTON = com.alvh.workbench.scenario.ScenarioSamples.HESTON;
    static final long SEED = 20261204L;

    private CondorPnlStudy() {
    }

    public static void main(String[] args) {
        int paths = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String part = args.length > 1 ? args[1] : "all";
        if (part.equals("all") || part.equals("legs")) {
            legs(paths, 0.16, 0.05, SkewModel.DEFAULT);
            legs(paths, 0.16, 0.0, SkewModel.DEFAULT);
            legs(paths, 0.0, 0.0, SkewModel.DEFAULT);
        }
        if (part.equals("all") || part.equals("campaign")) {
            campaigns(paths, SkewModel.DEFAULT);
        }
        if (part.equals("replay")) {
            double ratio = args.length > 2 ? Double.parseDouble(args[2]) : 0.845;
            double rho = args.length > 3 ? Double.parseDouble(args[3]) : -0.7;
            double eta = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
            replays(new SkewModel(ratio, rho, eta, 0.5));
        }
        if (part.equals("vixcall")) {
            vixCall(paths, 0.16, 0.05);
            vixCall(paths, 0.0, 0.0);
        }
        if (part.equals("fit")) {
            fit();
        }
        if (part.equals("fix")) {
            double ratio = args.length > 2 ? Double.parseDouble(args[2]) : 0.96;
            double rho = args.length > 3 ? Double.parseDouble(args[3]) : -0.7;
            double eta = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
            SkewModel skew = new SkewModel(ratio, rho, eta, 0.5);
            legs(paths, 0.16, 0.05, skew);
            campaigns(paths, skew);
        }
    }

    /**
     * Least-squares fit of SSVI (atmRatio, rho, eta; gamma 1/2) to the inner Heston model's own
     * 45-day smile (semi-analytic prices, implied vols), the ATM level tied to the model's own
     * volatility index at the smile's tenor (its expected variance over 45 days, as the campaign's term
     * structure quotes it), over strikes from -2 to +1.5 ATM standard deviations; then the fit's error
     * at other variance levels.
     */
    static void fit() {
        double t = CampaignSimulation.toSteps(45) / 252.0;
        double forward = SPOT * Math.exp((RATE - DIV) * t);
        double[] vs = {0.0174, 0.0283, 0.06, 0.12};
        double best = Double.MAX_VALUE;
        double[] arg = null;
        double[][] kk = new double[vs.length][];
        double[][] iv = new double[vs.length][];
        double[] vixes = new double[vs.length];
        for (int j = 0; j < vs.length; j++) {
            HestonModel h = HESTON.withV0(vs[j]);
            vixes[j] = com.alvh.workbench.pricing.VixUnderHeston.volatilityIndex(h, h.v0(), t);
            double atm = vixes[j] / 100 * Math.sqrt(t);
            int m = 17;
            kk[j] = new double[m];
            iv[j] = new double[m];
            for (int q = 0; q < m; q++) {
                double z = -2.0 + 3.5 * q / (m - 1); // standardised moneyness from -2 to +1.5 sd
                double k = forward * Math.exp(z * atm);
                OptionType type = k < forward ? OptionType.PUT : OptionType.CALL;
                kk[j][q] = k;
                iv[j][q] = ivol(type, HestonPricer.price(type, h, SPOT, k, t, RATE, DIV), k, t);
            }
        }
        for (double a = 0.85; a <= 1.05; a += 0.0025) {
            for (double rho = -0.95; rho <= -0.05; rho += 0.025) {
                for (double eta = 0.05; eta <= 2.0 / (1 + Math.abs(rho)); eta += 0.025) {
                    SkewModel sk = new SkewModel(a, rho, eta, 0.5);
                    double err = 0;
                    for (int q = 0; q < kk[0].length; q++) {
                        double d = sk.vol(forward, kk[0][q], t, vixes[0]) - iv[0][q];
                        err += d * d;
                    }
                    if (err < best) {
                        best = err;
                        arg = new double[] {a, rho, eta};
                    }
                }
            }
        }
        SkewModel sk = new SkewModel(arg[0], arg[1], arg[2], 0.5);
        System.out.printf(Locale.ROOT, "SSVI fit to Heston 45d smile at v0: atmRatio %.4f rho %.3f eta %.3f, rms %.5f%n",
                arg[0], arg[1], arg[2], Math.sqrt(best / kk[0].length));
        for (int j = 0; j < vs.length; j++) {
            StringBuilder b = new StringBuilder();
            for (int q = 0; q < kk[j].length; q += 2) {
                b.append(String.format(Locale.ROOT, " %.0f:%.4f/%.4f/%.4f", kk[j][q], iv[j][q],
                        sk.vol(forward, kk[j][q], t, vixes[j]), SkewModel.DEFAULT.vol(forward, kk[j][q], t, vixes[j])));
            }
            System.out.printf(Locale.ROOT, "v %.4f modelVIX %.2f  K:heston/fit/default%s%n", vs[j], vixes[j], b);
        }
    }

    /**
     * The sample's unhedged campaign replayed on real history, one quarter (63 steps) from each
     * calendar quarter's first trading day, with P&amp;L scaled to SPX 5,000 at the start (the
     * campaign's P&amp;L is proportional to the index level at fixed contracts); mean and standard
     * error over quarters by period.
     */
    static void replays(SkewModel skew) {
        com.alvh.workbench.market.MarketHistory all;
        try {
            all = com.alvh.workbench.market.MarketHistory.load(java.nio.file.Path.of("sample-data"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String[][] periods = {{"1990-01-01", "2009-12-31"}, {"2010-01-01", "2019-12-31"}, {"2020-01-01", "2026-12-31"},
            {"1990-01-01", "2026-12-31"}};
        CondorManagement[] rules = {CondorManagement.STANDARD, new CondorManagement(Double.NaN, Double.NaN, 0, true)};
        TradingCosts[] costs = {TradingCosts.DEFAULT, TradingCosts.NONE};
        System.out.printf(Locale.ROOT, "%n== replays of real history, quarterly windows, P&L scaled to SPX 5000 (atmRatio %.3f rho %.3f eta %.3f) ==%n",
                skew.atmRatio(), skew.rho(), skew.eta());
        System.out.printf(Locale.ROOT, "%-24s %-26s %4s %9s %7s %9s %9s %9s%n", "period", "variant", "n", "meanP&L", "se",
                "putMid", "callMid", "costs");
        for (String[] p : periods) {
            for (int v = 0; v < 3; v++) {
                CondorManagement rule = v == 1 ? rules[1] : rules[0];
                TradingCosts cost = v == 2 ? costs[1] : costs[0];
                String name = v == 0 ? "sample (managed, costs)" : v == 1 ? "hold+repeat, costs" : "managed, no costs";
                List<Double> pnl = new ArrayList<>();
                double put = 0;
                double call = 0;
                double cst = 0;
                java.time.LocalDate d = java.time.LocalDate.parse(p[0]);
                java.time.LocalDate end = java.time.LocalDate.parse(p[1]);
                while (d.isBefore(end)) {
                    com.alvh.workbench.market.MarketHistory w;
                    try {
                        w = all.between(d, d.plusMonths(4));
                    } catch (RuntimeException e) {
                        break;
                    }
                    if (w.size() < 64) {
                        break;
                    }
                    double scale = 5000.0 / w.spxClose(0);
                    SimulationSettings settings = new SimulationSettings(1, 63, 1.0 / 252, SEED, 1, 1024);
                    CampaignSpec spec = new CampaignSpec(CondorRule.ByDelta.CNDR, 45, 10.0, rule, cost, skew, RATE, DIV,
                            0.9, VixTermStructure.DEFAULT, 1_000_000.0, AlvhPolicy.unhedged());
                    Replica r = PathEngine.run(new HistoricalReplayModel(w), settings, new ReplicaAggregator(spec),
                            ProgressListener.NONE, new CancellationToken());
                    pnl.add(r.pnl[0] * scale);
                    put += r.putPnl * scale;
                    call += r.callPnl * scale;
                    cst += (r.slippage + r.commission) * scale;
                    d = d.plusMonths(3);
                }
                double[] x = pnl.stream().mapToDouble(Double::doubleValue).toArray();
                double[] ms = meanSe(x);
                int n = x.length;
                System.out.printf(Locale.ROOT, "%-24s %-26s %4d %9.0f %7.0f %9.0f %9.0f %9.0f%n", p[0] + ".." + p[1], name, n,
                        ms[0], ms[1], put / n, call / n, -cst / n);
            }
        }
    }

    /** A 30-delta VIX call (Black-76 at the flat 0.9 vol on the quoted future) against its payoff on the paths. */
    static void vixCall(int paths, double volPremium, double equityPremium) {
        MarketModel m = model(volPremium, equityPremium);
        for (int days : new int[] {30, 45}) {
            int steps = CampaignSimulation.toSteps(days);
            double t = steps / 252.0;
            PathState s0 = new PathState(1);
            m.initialise(s0);
            double f = m.vixFuture(s0.vix[0], s0.variance[0], t);
            double sd = 0.9 * Math.sqrt(t);
            double d1 = com.alvh.workbench.math.NormalDistribution.inverseCdf(0.3 * Math.exp(RATE * t));
            double k = Math.rint(f * Math.exp(-d1 * sd + 0.5 * sd * sd));
            double quote = Math.exp(-RATE * t) * com.alvh.workbench.pricing.Black76.undiscountedPrice(OptionType.CALL, f, k, sd);
            SimulationSettings settings = new SimulationSettings(paths, steps, 1.0 / 252, SEED, 2, 1024);
            double[] vixT = PathEngine.run(m, settings, new TerminalVix(), ProgressListener.NONE, new CancellationToken());
            double[] pay = new double[paths];
            double meanVix = 0;
            for (int i = 0; i < paths; i++) {
                pay[i] = Math.exp(-RATE * t) * Math.max(vixT[i] - k, 0);
                meanVix += vixT[i] / paths;
            }
            double[] ms = meanSe(pay);
            double iv = com.alvh.workbench.pricing.ImpliedVolatility.black76(OptionType.CALL, ms[0], f, k, t, RATE);
            System.out.printf(Locale.ROOT, "VIX call %dd (vol prem %.2f): spot VIX %.2f, future %.3f, E[VIX_T] paths %.3f, strike %.0f,"
                    + " quote %.3f, E disc payoff %.3f (se %.3f), implied vol of paths %.3f%n", days, volPremium, s0.vix[0], f,
                    meanVix, k, quote, ms[0], ms[1], iv);
        }
    }

    /** Terminal quoted VIX of every path. */
    static final class TerminalVix implements BlockAggregator<double[], double[]> {
        @Override
        public PathObserver<double[]> observer(int firstPath, int blockPaths) {
            return new PathObserver<double[]>() {
                final double[] last = new double[blockPaths];

                @Override
                public void start(PathState state) {
                }

                @Override
                public void step(PathState state, int step) {
                    System.arraycopy(state.vix, 0, last, 0, blockPaths);
                }

                @Override
                public double[] result() {
                    return last;
                }
            };
        }

        @Override
        public double[] combine(List<double[]> blocks) {
            return new TerminalSpots().combine(blocks);
        }
    }

    static MarketModel model(double volPremium, double equityPremium) {
        MarketModel inner = new HestonMarketModel(HESTON, SPOT, RATE, DIV);
        return volPremium == 0.0 && equityPremium == 0.0 ? inner : new RiskPremiumModel(inner, volPremium, equityPremium);
    }

    // ---------------------------------------------------------------- part 1: legs at entry

    static void legs(int paths, double volPremium, double equityPremium, SkewModel skew) {
        MarketModel m = model(volPremium, equityPremium);
        int steps = CampaignSimulation.toSteps(45);
        double t = steps / 252.0;
        PathState s0 = new PathState(1);
        m.initialise(s0);
        double vix = s0.vix[0];
        double[] k = strikes(skew, SPOT, vix, t);
        OptionType[] types = {OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL};
        double[] sign = {+1, -1, -1, +1};
        double forward = SPOT * Math.exp((RATE - DIV) * t);
        double disc = Math.exp(-RATE * t);
        // Terminal spots of the real-world paths (the campaign's engine and seed).
        SimulationSettings settings = new SimulationSettings(paths, steps, 1.0 / 252, SEED, 2, 1024);
        double[] terminal = PathEngine.run(m, settings, new TerminalSpots(), ProgressListener.NONE, new CancellationToken());
        System.out.printf(Locale.ROOT, "%n== one condor held to expiry: vol premium %.2f, equity premium %.2f, atmRatio %.3f,"
                + " quoted VIX %.2f, T = %d/252, %d paths ==%n", volPremium, equityPremium, skew.atmRatio(), vix, steps, paths);
        System.out.printf(Locale.ROOT, "%-6s %8s %8s %9s %9s %9s %8s %8s %9s %8s%n", "leg", "strike", "ssviVol",
                "quoted", "E_P disc", "se", "P-ivol", "Q-ivol", "Heston", "edge/q");
        double condorQuote = 0;
        double[] condorPayoff = new double[paths];
        double[] sideQuote = new double[2];
        double[][] sidePayoff = new double[2][paths];
        for (int leg = 0; leg < 4; leg++) {
            double vol = skew.vol(forward, k[leg], t, vix);
            double quote = BlackScholes.price(types[leg], SPOT, k[leg], t, RATE, DIV, vol);
            double sum = 0;
            double sum2 = 0;
            for (int i = 0; i < paths; i++) {
                double p = disc * types[leg].payoff(terminal[i], k[leg]);
                sum += p;
                sum2 += p * p;
                condorPayoff[i] += sign[leg] * p;
                sidePayoff[leg < 2 ? 0 : 1][i] += sign[leg] * p;
            }
            double mean = sum / paths;
            double se = Math.sqrt((sum2 / paths - mean * mean) / (paths - 1));
            double pIvol = ivol(types[leg], mean, k[leg], t);
            // Risk-neutral Heston (the inner model, no premia) by the semi-analytic formula.
            double heston = HestonPricer.price(types[leg], HESTON, SPOT, k[leg], t, RATE, DIV);
            double hIvol = ivol(types[leg], heston, k[leg], t);
            condorQuote += sign[leg] * quote;
            sideQuote[leg < 2 ? 0 : 1] += sign[leg] * quote;
            System.out.printf(Locale.ROOT, "%-6s %8.0f %8.4f %9.3f %9.3f %9.3f %8.4f %8.4f %9.3f %8.3f%n",
                    new String[] {"LP", "SP", "SC", "LC"}[leg], k[leg], vol, quote, mean, se, pIvol, hIvol, heston,
                    quote - mean);
        }
        double[] c = meanSe(condorPayoff);
        double[] put = meanSe(sidePayoff[0]);
        double[] call = meanSe(sidePayoff[1]);
        // Quote is the value of +LP -SP -SC +LC (negative = credit); credit - E[liability] = -(quote - E).
        System.out.printf(Locale.ROOT, "condor: credit %.3f pts, E_P[disc payoff owed] %.3f (se %.3f), expected P&L per condor %.3f pts"
                + " = USD %.0f for 10 contracts (se %.0f)%n", -condorQuote, -c[0], c[1], -(condorQuote - c[0]),
                -(condorQuote - c[0]) * 1000, c[1] * 1000);
        System.out.printf(Locale.ROOT, "  put spread: credit %.3f, owed %.3f (se %.3f), P&L %.3f;  call spread: credit %.3f, owed %.3f"
                + " (se %.3f), P&L %.3f%n", -sideQuote[0], -put[0], put[1], -(sideQuote[0] - put[0]),
                -sideQuote[1], -call[0], call[1], -(sideQuote[1] - call[0]));
        // Consistency of the quotes with their own measure: the SSVI (Breeden-Litzenberger) density.
        double q = ssviExpectation(skew, k, forward, t, vix) * disc;
        System.out.printf(Locale.ROOT, "  SSVI-density check: disc E_Q[condor payoff] %.4f vs quoted value %.4f%n", q, condorQuote);
        // ATM: quoted vs paths.
        double atmK = forward;
        double atmSum = 0;
        for (int i = 0; i < paths; i++) {
            atmSum += disc * Math.max(terminal[i] - atmK, 0);
        }
        double atmIvolP = ivol(OptionType.CALL, atmSum / paths, atmK, t);
        double atmIvolH = ivol(OptionType.CALL, HestonPricer.price(OptionType.CALL, HESTON, SPOT, atmK, t, RATE, DIV), atmK, t);
        double modelVix = vix / (1.0 + volPremium);
        System.out.printf(Locale.ROOT, "  ATM-forward: quoted %.4f (= %.3f x VIX %.2f), paths %.4f, risk-neutral Heston %.4f;"
                + " model VIX %.2f, Heston ATM/modelVIX = %.3f, quoted ATM / Heston ATM = %.3f%n",
                skew.atmVol(vix), skew.atmRatio(), vix, atmIvolP, atmIvolH, modelVix, atmIvolH / (modelVix / 100),
                skew.atmVol(vix) / atmIvolH);
    }

    static double ssviExpectation(SkewModel skew, double[] k, double forward, double t, double vix) {
        // Integral of the condor's payoff against the SSVI density of ln(S_T/F) (trapezoid, fine grid).
        double lo = -2.0;
        double hi = 1.0;
        int n = 300_000;
        double h = (hi - lo) / n;
        double sum = 0;
        for (int j = 0; j <= n; j++) {
            double x = lo + j * h;
            double w = (j == 0 || j == n) ? 0.5 : 1.0;
            double p = skew.logMoneynessDensity(x, t, vix);
            double s = forward * Math.exp(x);
            double payoff = Math.max(k[0] - s, 0) - Math.max(k[1] - s, 0) - Math.max(s - k[2], 0) + Math.max(s - k[3], 0);
            sum += w * p * payoff;
        }
        return sum * h;
    }

    static double ivol(OptionType type, double price, double k, double t) {
        try {
            return ImpliedVolatility.blackScholes(type, price, SPOT, k, t, RATE, DIV);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    static double[] meanSe(double[] x) {
        double s = 0;
        double s2 = 0;
        for (double v : x) {
            s += v;
            s2 += v * v;
        }
        double m = s / x.length;
        return new double[] {m, Math.sqrt((s2 / x.length - m * m) / (x.length - 1))};
    }

    /** The campaign's strikes: spot delta at the strike's own skew vol, rounded to 5 points. */
    static double[] strikes(SkewModel skew, double s, double vix, double t) {
        double lp = round5(skew.strikeForDelta(OptionType.PUT, -0.05, s, t, RATE, DIV, vix));
        double sp = round5(skew.strikeForDelta(OptionType.PUT, -0.20, s, t, RATE, DIV, vix));
        double sc = round5(skew.strikeForDelta(OptionType.CALL, 0.20, s, t, RATE, DIV, vix));
        double lc = round5(skew.strikeForDelta(OptionType.CALL, 0.05, s, t, RATE, DIV, vix));
        if (lp >= sp) {
            lp = sp - 5;
        }
        if (lc <= sc) {
            lc = sc + 5;
        }
        return new double[] {lp, sp, sc, lc};
    }

    static double round5(double x) {
        return Math.rint(x / 5.0) * 5.0;
    }

    /** Terminal spot of every path. */

    // ---------------------------------------------------------------- part 2: campaign decomposition

    record Variant(String name, double volPremium, double equityPremium, TradingCosts costs, CondorManagement rules,
                   int steps) {
    }

    static void campaigns(int paths, SkewModel skew) {
        CondorManagement standard = CondorManagement.STANDARD;
        CondorManagement noManage = new CondorManagement(Double.NaN, Double.NaN, 0, true);
        CondorManagement late21 = new CondorManagement(Double.NaN, Double.NaN, 21, true);
        CondorManagement tpOnly = new CondorManagement(0.5, Double.NaN, 0, true);
        CondorManagement slOnly = new CondorManagement(Double.NaN, 2.0, 0, true);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("sample (costs, managed, 63d)", 0.16, 0.05, TradingCosts.DEFAULT, standard, 63));
        variants.add(new Variant("no costs", 0.16, 0.05, TradingCosts.NONE, standard, 63));
        variants.add(new Variant("no costs, hold to expiry+repeat", 0.16, 0.05, TradingCosts.NONE, noManage, 63));
        variants.add(new Variant("no costs, close at 21d only", 0.16, 0.05, TradingCosts.NONE, late21, 63));
        variants.add(new Variant("no costs, take profit only", 0.16, 0.05, TradingCosts.NONE, tpOnly, 63));
        variants.add(new Variant("no costs, stop only", 0.16, 0.05, TradingCosts.NONE, slOnly, 63));
        variants.add(new Variant("no costs, equity premium 0", 0.16, 0.0, TradingCosts.NONE, standard, 63));
        variants.add(new Variant("no costs, vol premium 0", 0.0, 0.05, TradingCosts.NONE, standard, 63));
        variants.add(new Variant("no costs, both premia 0", 0.0, 0.0, TradingCosts.NONE, standard, 63));
        variants.add(new Variant("single 45d trade, held, no costs", 0.16, 0.05, TradingCosts.NONE,
                CondorManagement.HOLD_TO_EXPIRY, 31));
        variants.add(new Variant("single 45d, held, no costs, eq 0", 0.16, 0.0, TradingCosts.NONE,
                CondorManagement.HOLD_TO_EXPIRY, 31));
        variants.add(new Variant("single 45d, held, costs", 0.16, 0.05, TradingCosts.DEFAULT,
                CondorManagement.HOLD_TO_EXPIRY, 31));
        variants.add(new Variant("single 45d, managed (no repeat), costs", 0.16, 0.05, TradingCosts.DEFAULT,
                new CondorManagement(0.5, 2.0, 21, false), 31));
        System.out.printf(Locale.ROOT, "%n== campaign decomposition (USD per path, 10 condors, atmRatio %.3f, seed %d, %d paths) ==%n",
                skew.atmRatio(), SEED, paths);
        System.out.printf(Locale.ROOT, "%-40s %9s %6s %9s %9s %9s %9s %8s %8s %9s %9s %6s %5s %5s %5s %5s%n", "variant",
                "meanP&L", "se", "engine", "putMid", "callMid", "credit", "slip", "comm", "putCr", "callCr", "trades",
                "TP", "SL", "late", "exp");
        double[] reference = null;
        for (Variant v : variants) {
            MarketModel m = model(v.volPremium(), v.equityPremium());
            SimulationSettings settings = new SimulationSettings(paths, v.steps(), 1.0 / 252, SEED, 2, 1024);
            CampaignSpec spec = new CampaignSpec(CondorRule.ByDelta.CNDR, 45, 10.0, v.rules(), v.costs(), skew, RATE,
                    DIV, 0.9, VixTermStructure.DEFAULT, 1_000_000.0, AlvhPolicy.unhedged());
            CampaignResult engine = CampaignSimulation.run(m, spec, settings, ProgressListener.NONE, new CancellationToken());
            Replica r = PathEngine.run(m, settings, new ReplicaAggregator(spec), ProgressListener.NONE, new CancellationToken());
            double[] pnl = meanSe(r.pnl);
            double n = paths;
            if (reference == null || v.name().equals("no costs")) {
                reference = r.pnl.clone();
            }
            double[] diff = new double[paths];
            for (int i = 0; i < paths; i++) {
                diff[i] = r.pnl[i] - reference[i];
            }
            double[] d = meanSe(diff);
            System.out.printf(Locale.ROOT, "%-40s %9.0f %6.0f %9.0f %9.0f %9.0f %9.0f %8.0f %8.0f %9.0f %9.0f %6.2f %5.2f %5.2f %5.2f %5.2f%n",
                    v.name(), pnl[0], pnl[1], engine.meanPnl(), r.putPnl / n, r.callPnl / n, r.credit / n, -r.slippage / n,
                    -r.commission / n, r.putCredit / n, r.callCredit / n, r.trades / n, r.tp / n, r.sl / n, r.late / n,
                    r.expiry / n);
            System.out.printf(Locale.ROOT, "   (paired difference to the 'no costs' run: %+.0f, se %.0f)%n", d[0], d[1]);
        }
        System.out.println("putMid/callMid: P&L at mid of the put and call spreads (credit at mid - cost to close or settle at mid,"
                + " open ones at final mid); meanP&L = putMid + callMid + slip + comm; engine = CampaignSimulation mean P&L.");
    }

    /** Totals of the replica over all paths. */
    static final class Replica {
        double[] pnl;
        double putPnl;
        double callPnl;
        double credit;
        double putCredit;
        double callCredit;
        double slippage;
        double commission;
        double trades;
        double tp;
        double sl;
        double late;
        double expiry;
    }

    /**
     * The condor part of {@link CampaignSimulation}'s observer, rewritten with exact prices (SSVI
     * vol + Black-Scholes) and bookkeeping by side and by kind of cost.
     */
    static final class ReplicaAggregator implements BlockAggregator<Replica, Replica> {
        final CampaignSpec spec;
        final int condorSteps;

        ReplicaAggregator(CampaignSpec spec) {
            this.spec = spec;
            this.condorSteps = CampaignSimulation.toSteps(((PositionExpiry.Days) spec.position().expiry()).days());
        }

        @Override
        public PathObserver<Replica> observer(int firstPath, int n) {
            return new PathObserver<Replica>() {
                final Replica r = new Replica();
                final boolean[] open = new boolean[n];
                final double[][] k = new double[4][n];
                final int[] expiry = new int[n];
                final double[] creditCash = new double[n];
                final double[] cash = new double[n];
                final double[] putPnl = new double[n];
                final double[] callPnl = new double[n];
                final double[] mids = new double[4];
                int step;
                PathState st;

                @Override
                public void start(PathState state) {
                    r.pnl = new double[n];
                    step = 0;
                    st = state;
                    for (int i = 0; i < n; i++) {
                        openCondor(i);
                    }
                }

                @Override
                public void step(PathState state, int s) {
                    step = s;
                    st = state;
                    for (int i = 0; i < n; i++) {
                        manage(i);
                    }
                }

                void marks(int i, int left) {
                    double s = st.spot[i];
                    if (left <= 0) {
                        mids[0] = Math.max(k[0][i] - s, 0);
                        mids[1] = Math.max(k[1][i] - s, 0);
                        mids[2] = Math.max(s - k[2][i], 0);
                        mids[3] = Math.max(s - k[3][i], 0);
                        return;
                    }
                    double t = left / 252.0;
                    double f = s * Math.exp((spec.rate() - spec.dividendYield()) * t);
                    double v = st.vix[i];
                    for (int leg = 0; leg < 4; leg++) {
                        OptionType type = leg < 2 ? OptionType.PUT : OptionType.CALL;
                        double vol = spec.skew().vol(f, k[leg][i], t, v);
                        mids[leg] = BlackScholes.price(type, s, k[leg][i], t, spec.rate(), spec.dividendYield(), vol);
                    }
                }

                /** Trades the four legs; open = true sells the body. Returns cash in (USD). */
                double trade(int i, boolean opening) {
                    double q = spec.contracts();
                    double cashIn = 0;
                    double[] legSign = opening ? new double[] {+1, -1, -1, +1} : new double[] {-1, +1, +1, -1};
                    for (int leg = 0; leg < 4; leg++) {
                        double qty = legSign[leg] * q; // + buy, - sell
                        double slip = spec.costs().spxSlippage(mids[leg]);
                        double mid = -qty * mids[leg] * 100;
                        double slipCash = Math.abs(qty) * slip * 100;
                        double comm = Math.abs(qty) * spec.costs().commissionPerContract();
                        cashIn += mid - slipCash - comm;
                        r.slippage += slipCash;
                        r.commission += comm;
                        if (leg < 2) {
                            putPnl[i] += mid;
                        } else {
                            callPnl[i] += mid;
                        }
                        if (opening) {
                            r.credit += mid;
                            if (leg < 2) {
                                r.putCredit += mid;
                            } else {
                                r.callCredit += mid;
                            }
                        }
                    }
                    return cashIn;
                }

                void openCondor(int i) {
                    double s = st.spot[i];
                    double t = condorSteps / 252.0;
                    CondorRule.ByDelta d = (CondorRule.ByDelta) PositionPresets.condorRule(spec.position().legs()).orElseThrow();
                    SkewModel sk = spec.skew();
                    double v = st.vix[i];
                    double lp = round5(sk.strikeForDelta(OptionType.PUT, -d.longDelta(), s, t, spec.rate(), spec.dividendYield(), v, 1e-9));
                    double sp = round5(sk.strikeForDelta(OptionType.PUT, -d.shortDelta(), s, t, spec.rate(), spec.dividendYield(), v, 1e-9));
                    double sc = round5(sk.strikeForDelta(OptionType.CALL, d.shortDelta(), s, t, spec.rate(), spec.dividendYield(), v, 1e-9));
                    double lc = round5(sk.strikeForDelta(OptionType.CALL, d.longDelta(), s, t, spec.rate(), spec.dividendYield(), v, 1e-9));
                    if (lp >= sp) {
                        lp = sp - 5;
                    }
                    if (lc <= sc) {
                        lc = sc + 5;
                    }
                    if (sc < sp) {
                        sc = sp;
                    }
                    k[0][i] = lp;
                    k[1][i] = sp;
                    k[2][i] = sc;
                    k[3][i] = lc;
                    expiry[i] = step + condorSteps;
                    marks(i, condorSteps);
                    double in = trade(i, true);
                    cash[i] += in;
                    creditCash[i] = in;
                    open[i] = true;
                    r.trades++;
                }

                void manage(int i) {
                    if (!open[i]) {
                        return;
                    }
                    CondorManagement rules = spec.management();
                    int left = expiry[i] - step;
                    if (left <= 0) {
                        marks(i, 0);
                        double s = mids[0] - mids[1] - mids[2] + mids[3];
                        cash[i] += spec.contracts() * 100 * s;
                        putPnl[i] += spec.contracts() * 100 * (mids[0] - mids[1]);
                        callPnl[i] += spec.contracts() * 100 * (mids[3] - mids[2]);
                        open[i] = false;
                        r.expiry++;
                    } else {
                        marks(i, left);
                        double mark = spec.contracts() * 100 * (mids[0] - mids[1] - mids[2] + mids[3]);
                        double pnl = creditCash[i] + mark;
                        double credit = Math.max(creditCash[i], 0);
                        boolean tp = !Double.isNaN(rules.takeProfitFraction()) && pnl >= rules.takeProfitFraction() * credit;
                        boolean sl = !Double.isNaN(rules.stopLossMultiple()) && -pnl >= rules.stopLossMultiple() * credit;
                        boolean late = left * 365.0 / 252.0 <= rules.closeAtDaysToExpiry();
                        if (tp || sl || late) {
                            cash[i] += trade(i, false);
                            open[i] = false;
                            if (tp) {
                                r.tp++;
                            } else if (sl) {
                                r.sl++;
                            } else {
                                r.late++;
                            }
                        }
                    }
                    if (!open[i] && rules.repeat()) {
                        openCondor(i);
                    }
                }

                @Override
                public Replica result() {
                    for (int i = 0; i < n; i++) {
                        double mark = 0;
                        if (open[i]) {
                            marks(i, expiry[i] - step);
                            mark = spec.contracts() * 100 * (mids[0] - mids[1] - mids[2] + mids[3]);
                            putPnl[i] += spec.contracts() * 100 * (mids[0] - mids[1]);
                            callPnl[i] += spec.contracts() * 100 * (mids[3] - mids[2]);
                        }
                        r.pnl[i] = cash[i] + mark;
                        r.putPnl += putPnl[i];
                        r.callPnl += callPnl[i];
                    }
                    return r;
                }
            };
        }

        @Override
        public Replica combine(List<Replica> blocks) {
            Replica all = new Replica();
            int n = blocks.stream().mapToInt(b -> b.pnl.length).sum();
            all.pnl = new double[n];
            int at = 0;
            for (Replica b : blocks) {
                System.arraycopy(b.pnl, 0, all.pnl, at, b.pnl.length);
                at += b.pnl.length;
                all.putPnl += b.putPnl;
                all.callPnl += b.callPnl;
                all.credit += b.credit;
                all.putCredit += b.putCredit;
                all.callCredit += b.callCredit;
                all.slippage += b.slippage;
                all.commission += b.commission;
                all.trades += b.trades;
                all.tp += b.tp;
                all.sl += b.sl;
                all.late += b.late;
                all.expiry += b.expiry;
            }
            return all;
        }
    }
}
