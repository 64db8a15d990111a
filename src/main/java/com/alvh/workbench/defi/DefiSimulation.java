package com.alvh.workbench.defi;

import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.hedge.TriggerInputs;
import com.alvh.workbench.market.StreamingIndicators;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.sim.BlockRunner;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import org.apache.commons.rng.UniformRandomProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A DeFi position with its ALVH hedge layers over many paths, on all cores, returning the equity
 * side's {@link CampaignResult} so that {@link CampaignSummary}, charts and reports work unchanged.
 *
 * <p><b>Randomness and reproducibility</b>: blocks, threads, random streams, progress and cancel
 * are {@link BlockRunner}'s, as for {@code sim.PathEngine} (block {@code k} draws from the root
 * {@code XO_SHI_RO_256_PP} generator seeded with the settings' seed, jumped {@code k} times). Per step
 * the market draws first, then the position's own events, in an order that no hedge decision
 * changes; hedges draw nothing. So the same seed gives the same result for any thread count, and
 * hedged and unhedged runs see the same paths and events (common random numbers).
 *
 * <p><b>Each step, each path</b>: (1) market and position move; (2) the realised volatility
 * (30-step window, annualised with {@code 1/dt}), the hedge asset's running peak and RSI/MACD update;
 * (3) open layers are marked and the pre-trade equity set; (4) each layer settles at expiry, takes
 * profit, monetises part when realised vol in points ({@code 100 x vol}, the DeFi "VIX") exceeds
 * {@code ExitRule.monetiseVixAbove}, exits or rolls before expiry, then enters if flat, out of
 * cooldown and its trigger fires; (5) the reserve charges its idle cost or deploys on its breach;
 * (6) equity, peak and drawdown update.
 *
 * <p><b>Trigger inputs in DeFi runs</b>: {@code vix} = realised vol of the hedge asset in vol points;
 * {@code vix3m} = NaN; {@code vixFuture} = realised vol points; {@code spxDrawdown} = the hedge
 * asset's drawdown from its running peak; {@code portfolioDrawdown} = (peak - equity) / capital;
 * {@code indicator(SPX, ...)} = on the hedge asset's price, {@code indicator(VIX, ...)} = on realised
 * vol; {@code realisedVol} and {@code pegDeviation} as named; no event calendar.
 *
 * <p><b>Instruments and size rules</b> (see {@link DefiInstrument}): puts are marked by Black-Scholes
 * ({@code r = q = 0}) at the model's total volatility times {@link HedgeTerms#volMarkup}; perps at
 * {@code entry - price} per unit, paying funding daily; peg puts at intrinsic plus the expected
 * payoff of a run or death jump within the remaining tenor, times the cover loading; claims cover at
 * the loading times the expected claims over the tenor. A size rule sets: {@code Contracts} = units
 * (asset units, USD of peg notional, or the covered share of claims); {@code FractionOfCapital} and
 * {@code CashBudget} = the premium budget (for a perp: its USD notional); {@code FractionOfMaxLoss} =
 * a budget as a fraction of the position's current value (an LP can lose all of it);
 * {@code VegaRatio(r)} = a hedge ratio: {@code r} units per unit of the position's exposure (asset
 * units for puts and perps, USD of stablecoin held for peg puts, share of claims for cover, capped at 1).
 */
public final class DefiSimulation {

    /** Percentiles of the equity fan. */
    static final double[] FAN_PERCENTILES = {5, 25, 50, 75, 95};
    /** Realised-vol window (steps). */
    static final int VOL_WINDOW = 30;

    private final DefiMarketModel market;
    private final DefiPosition position;
    private final DefiHedgePolicy hedge;
    private final SimulationSettings settings;
    private final List<HedgeLayer> layers;
    private final List<Trigger> entries;
    private final DefiInstrument[] instruments;
    private final int reserveLayer;
    private final int fanSample;
    private final int samplePaths;

    private DefiSimulation(DefiMarketModel market, DefiPosition position, DefiHedgePolicy hedge, SimulationSettings settings) {
        this.market = market;
        this.position = position;
        this.hedge = hedge;
        this.settings = settings;
        List<HedgeLayer> all = new ArrayList<>(hedge.policy().layers());
        List<Trigger> triggers = new ArrayList<>();
        all.forEach(l -> triggers.add(l.entry()));
        Reserve r = hedge.policy().reserve();
        if (r.active()) {
            all.add(r.deployment());
            triggers.add(r.breach());
            reserveLayer = all.size() - 1;
        } else {
            reserveLayer = -1;
        }
        layers = List.copyOf(all);
        entries = List.copyOf(triggers);
        instruments = new DefiInstrument[layers.size()];
        for (int l = 0; l < layers.size(); l++) {
            instruments[l] = hedge.instrumentOf(layers.get(l));
        }
        fanSample = Math.max(2, Math.min(settings.paths(), 20_000));
        samplePaths = Math.min(settings.paths(), 12);
    }

    /**
     * The result of one DeFi run: the campaign-shaped result plus the position's own metric through time.
     *
     * @param result paths, P&amp;L, drawdowns, layer cash flows, fan, samples (as the equity side)
     * @param metricName what the metric is (e.g. "capital adequacy ratio")
     * @param metricMean the metric's mean over the fan sample per step
     * @param metricP05 its 5th percentile per step
     * @param metricP95 its 95th percentile per step
     */
    public record DefiResult(CampaignResult result, String metricName, double[] metricMean, double[] metricP05,
                             double[] metricP95) {
    }

    /**
     * Runs a position and policy.
     *
     * @param market the market model
     * @param position the position
     * @param hedge the policy and DeFi instruments
     * @param settings paths, steps, dt (1/365 for daily crypto), seed, threads
     * @param progress progress callback (from workers)
     * @param cancel cancellation flag
     * @return the result
     * @throws com.alvh.workbench.sim.SimulationCancelledException if cancelled
     */
    public static DefiResult run(DefiMarketModel market, DefiPosition position, DefiHedgePolicy hedge,
                                 SimulationSettings settings, ProgressListener progress, CancellationToken cancel) {
        if (position.hedgeAsset() >= market.assetNames().size()) {
            throw new IllegalArgumentException("position '" + position.name() + "' hedges asset " + position.hedgeAsset()
                    + " but the market has " + market.assetNames().size());
        }
        return new DefiSimulation(market, position, hedge, settings).execute(progress, cancel);
    }

    /**
     * Runs several (position, policy) pairs on the same market paths (common random numbers), e.g.
     * unhedged, layered, diversified.
     *
     * @param market the market
     * @param runs the pairs, in order
     * @param settings the same for all
     * @param progress overall progress
     * @param cancel cancellation
     * @return one entry per run, labelled by the run's label
     */
    public static List<Labelled> compare(DefiMarketModel market, List<Run> runs, SimulationSettings settings,
                                         ProgressListener progress, CancellationToken cancel) {
        List<Labelled> out = new ArrayList<>();
        long total = (long) settings.paths() * runs.size();
        for (int k = 0; k < runs.size(); k++) {
            long before = (long) settings.paths() * k;
            Run r = runs.get(k);
            DefiResult res = run(market, r.position(), r.hedge(), settings, (d, all) -> progress.progress(before + d, total), cancel);
            CampaignResult c = res.result();
            CampaignResult relabelled = new CampaignResult(r.label(), c.paths(), c.steps(), c.capital(), c.pnl(), c.maxDrawdown(),
                    c.stepsUnderWater(), c.hedgeCost(), c.condorTrades(), c.reserveDeployed(), c.layerNames(), c.layerPaidByStep(),
                    c.layerReceivedByStep(), c.layerFinalValue(), c.layerEntriesByStep(), c.layerPathsEntered(),
                    c.fanPercentiles(), c.equityFan(), c.fanSampleSize(), c.samples());
            out.add(new Labelled(r.label(), new PolicyComparison.Entry(relabelled, CampaignSummary.of(relabelled, settings.dt())), res));
        }
        return List.copyOf(out);
    }

    /**
     * One (position, policy) pair of a comparison.
     *
     * @param label e.g. "Layered puts"
     * @param position the position
     * @param hedge the policy
     */
    public record Run(String label, DefiPosition position, DefiHedgePolicy hedge) {
    }

    /**
     * One entry of a comparison.
     *
     * @param label the run's label (also the result's policy name)
     * @param entry campaign result and summary, as {@link PolicyComparison} returns
     * @param defi the full DeFi result with its metric
     */
    public record Labelled(String label, PolicyComparison.Entry entry, DefiResult defi) {
    }

    // ---------------------------------------------------------------- engine

    private DefiResult execute(ProgressListener progress, CancellationToken cancel) {
        return combine(BlockRunner.run(settings, (first, size, random, c) -> new Observer(first, size).run(random, c),
                progress, cancel));
    }

    private DefiResult combine(List<Block> blocks) {
        int steps = settings.steps();
        int paths = settings.paths();
        int lc = layers.size();
        double[] pnl = new double[paths];
        double[] maxDd = new double[paths];
        int[] under = new int[paths];
        double[] cost = new double[paths];
        int[] trades = new int[paths];
        boolean[] reserve = new boolean[paths];
        double[][] paid = new double[lc][steps + 1];
        double[][] received = new double[lc][steps + 1];
        double[] finalValue = new double[lc];
        int[][] entriesByStep = new int[lc][steps + 1];
        int[] pathsEntered = new int[lc];
        int fanCount = Math.min(fanSample, paths);
        double[][] fanEq = new double[steps + 1][fanCount];
        double[][] fanMetric = new double[steps + 1][fanCount];
        List<CampaignResult.SamplePath> samples = new ArrayList<>();
        int at = 0;
        int fanAt = 0;
        for (Block b : blocks) {
            int n = b.pnl.length;
            System.arraycopy(b.pnl, 0, pnl, at, n);
            System.arraycopy(b.maxDrawdown, 0, maxDd, at, n);
            System.arraycopy(b.underWater, 0, under, at, n);
            System.arraycopy(b.hedgeCost, 0, cost, at, n);
            System.arraycopy(b.reserveDeployed, 0, reserve, at, n);
            Arrays.fill(trades, at, at + n, 1);
            at += n;
            for (int l = 0; l < lc; l++) {
                finalValue[l] += b.layerFinal[l];
                pathsEntered[l] += b.layerPathsEntered[l];
                for (int t = 0; t <= steps; t++) {
                    paid[l][t] += b.layerPaid[l][t];
                    received[l][t] += b.layerReceived[l][t];
                    entriesByStep[l][t] += b.layerEntries[l][t];
                }
            }
            int here = b.fanEquity.length == 0 ? 0 : b.fanEquity[0].length;
            for (int t = 0; t <= steps && here > 0; t++) {
                System.arraycopy(b.fanEquity[t], 0, fanEq[t], fanAt, here);
                System.arraycopy(b.fanMetric[t], 0, fanMetric[t], fanAt, here);
            }
            fanAt += here;
            samples.addAll(b.samples);
        }
        double[][] fan = new double[FAN_PERCENTILES.length][steps + 1];
        double[] mMean = new double[steps + 1];
        double[] m05 = new double[steps + 1];
        double[] m95 = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            double[] e = fanEq[t];
            Arrays.sort(e);
            for (int p = 0; p < FAN_PERCENTILES.length; p++) {
                fan[p][t] = e[rank(FAN_PERCENTILES[p], fanCount)];
            }
            double[] m = fanMetric[t];
            double s = 0;
            for (double v : m) {
                s += v;
            }
            mMean[t] = s / fanCount;
            Arrays.sort(m);
            m05[t] = m[rank(5, fanCount)];
            m95[t] = m[rank(95, fanCount)];
        }
        CampaignResult r = new CampaignResult(hedge.policy().name(), paths, steps, position.capital(), pnl, maxDd, under, cost,
                trades, reserve, layers.stream().map(HedgeLayer::name).toList(), paid, received, finalValue, entriesByStep,
                pathsEntered, FAN_PERCENTILES.clone(), fan, fanCount, List.copyOf(samples));
        return new DefiResult(r, position.metricName(), mMean, m05, m95);
    }

    private static int rank(double percentile, int count) {
        return Math.max(1, (int) Math.ceil(percentile / 100.0 * count - 1e-9)) - 1;
    }

    static final class Block {
        double[] pnl;
        double[] maxDrawdown;
        int[] underWater;
        double[] hedgeCost;
        boolean[] reserveDeployed;
        double[][] layerPaid;
        double[][] layerReceived;
        double[] layerFinal;
        int[][] layerEntries;
        int[] layerPathsEntered;
        double[][] fanEquity;
        double[][] fanMetric;
        List<CampaignResult.SamplePath> samples;
    }

    /** One block's state, struct of arrays; also the trigger inputs of its paths. */
    private final class Observer implements TriggerInputs {
        private final int first;
        private final int n;
        private final int lc = layers.size();
        private final int steps = settings.steps();
        private final double dt = settings.dt();
        private final double stepsPerYear = 1.0 / settings.dt();
        private final int asset = position.hedgeAsset();
        private final HedgeTerms terms = hedge.terms();
        private final double vol = market.impliedVol(position.hedgeAsset()) * hedge.terms().volMarkup();
        private final DefiPathState state;
        private final DefiPosition.Book book;
        private final StreamingIndicators priceInd;
        private final StreamingIndicators volInd;
        private final double[][] window; // [path][VOL_WINDOW] squared returns ring
        private final double[] sumSq;
        private final double[] realised;
        private final double[] assetPeak;
        private final double[] realisedPoints;
        // layers [layer][path]
        private final double[][] qty;
        private final double[][] strike;
        private final double[][] entryPrice;
        private final int[][] expiry;
        private final double[][] cost;
        private final double[][] unitMark;
        private final boolean[][] monetised;
        private final int[][] cooldownUntil;
        private final boolean[][] everEntered;
        private final boolean[] reserveDeployed;
        // account
        private final double[] hedgeCash;
        private final double[] equity;
        private final double[] preTrade;
        private final double[] peak;
        private final double[] maxDd;
        private final int[] under;
        private final double[] hedgeCost;
        // aggregates
        private final double[][] paid;
        private final double[][] received;
        private final int[][] entriesAt;
        private final int fanCount;
        private final double[][] fanEquity;
        private final double[][] fanMetric;
        private final int sampleCount;
        private final double[][] sEquity;
        private final double[][] sSpot;
        private final double[][] sVol;
        private final boolean[][][] sLayerOpen;
        private final List<List<List<Integer>>> sEntries = new ArrayList<>();
        private int step;

        Observer(int first, int n) {
            this.first = first;
            this.n = n;
            state = new DefiPathState(market.assetNames().size(), n);
            book = position.open(n, market);
            priceInd = new StreamingIndicators(n, 20, 14);
            volInd = new StreamingIndicators(n, 20, 14);
            window = new double[n][VOL_WINDOW];
            sumSq = new double[n];
            realised = new double[n];
            realisedPoints = new double[n];
            assetPeak = new double[n];
            qty = new double[lc][n];
            strike = new double[lc][n];
            entryPrice = new double[lc][n];
            expiry = new int[lc][n];
            cost = new double[lc][n];
            unitMark = new double[lc][n];
            monetised = new boolean[lc][n];
            cooldownUntil = new int[lc][n];
            everEntered = new boolean[lc][n];
            reserveDeployed = new boolean[n];
            hedgeCash = new double[n];
            equity = new double[n];
            preTrade = new double[n];
            peak = new double[n];
            maxDd = new double[n];
            under = new int[n];
            hedgeCost = new double[n];
            paid = new double[lc][steps + 1];
            received = new double[lc][steps + 1];
            entriesAt = new int[lc][steps + 1];
            fanCount = Math.max(0, Math.min(n, fanSample - first));
            fanEquity = new double[fanCount == 0 ? 0 : steps + 1][fanCount];
            fanMetric = new double[fanCount == 0 ? 0 : steps + 1][fanCount];
            sampleCount = Math.max(0, Math.min(n, samplePaths - first));
            sEquity = new double[sampleCount][steps + 1];
            sSpot = new double[sampleCount][steps + 1];
            sVol = new double[sampleCount][steps + 1];
            sLayerOpen = new boolean[sampleCount][lc][steps + 1];
            for (int s = 0; s < sampleCount; s++) {
                List<List<Integer>> per = new ArrayList<>();
                for (int l = 0; l < lc; l++) {
                    per.add(new ArrayList<>());
                }
                sEntries.add(per);
            }
        }

        Block run(UniformRandomProvider random, CancellationToken cancel) {
            market.initialise(state);
            book.start(state);
            step = 0;
            for (int i = 0; i < n; i++) {
                assetPeak[i] = state.price[asset][i];
                realised[i] = Double.NaN;
                realisedPoints[i] = Double.NaN;
            }
            priceInd.add(state.price[asset]);
            volInd.add(realisedPoints);
            process();
            for (step = 1; step <= steps; step++) {
                if (cancel.isCancelled()) {
                    return null;
                }
                market.advance(state, step, dt, random);
                book.step(state, step, dt, random);
                for (int i = 0; i < n; i++) {
                    double r = state.logReturn[asset][i];
                    int slot = step % VOL_WINDOW;
                    sumSq[i] += r * r - window[i][slot];
                    window[i][slot] = r * r;
                    realised[i] = step >= VOL_WINDOW ? Math.sqrt(Math.max(sumSq[i], 0.0) / VOL_WINDOW * stepsPerYear) : Double.NaN;
                    realisedPoints[i] = 100.0 * realised[i];
                    assetPeak[i] = Math.max(assetPeak[i], state.price[asset][i]);
                }
                priceInd.add(state.price[asset]);
                volInd.add(realisedPoints);
                process();
            }
            return result();
        }

        private double years(int stepsLeft) {
            return stepsLeft / stepsPerYear;
        }

        private int toSteps(int calendarDays) {
            return Math.max(1, (int) Math.round(calendarDays * stepsPerYear / 365.0));
        }

        private void process() {
            Reserve reserve = hedge.policy().reserve();
            for (int i = 0; i < n; i++) {
                double base = book.value(i) + hedgeCash[i];
                double pre = base;
                for (int l = 0; l < lc; l++) {
                    if (qty[l][i] > 0) {
                        // Claims cover pays as claims are incurred.
                        if (instruments[l] == DefiInstrument.CLAIMS_COVER) {
                            double pay = qty[l][i] * book.claimsThisStep(i);
                            if (pay > 0) {
                                hedgeCash[i] += pay;
                                received[l][step] += pay;
                                pre += pay;
                            }
                        }
                        if (instruments[l] == DefiInstrument.PERP_SHORT && step > 0) {
                            double funding = terms.fundingRate() * qty[l][i] * state.price[asset][i] * dt;
                            hedgeCash[i] -= funding;
                            pre -= funding;
                            hedgeCost[i] += funding;
                            if (funding >= 0) {
                                paid[l][step] += funding;
                            } else {
                                received[l][step] -= funding;
                            }
                        }
                        unitMark[l][i] = mark(l, i, years(expiry[l][i] - step));
                        pre += qty[l][i] * unitMark[l][i];
                    }
                }
                preTrade[i] = pre;
                for (int l = 0; l < lc; l++) {
                    manage(l, i);
                }
                if (reserve.active() && !reserveDeployed[i] && step > 0) {
                    double idle = reserve.capital() * reserve.costRate() * dt;
                    hedgeCash[i] -= idle;
                    hedgeCost[i] += idle;
                }
                double e = book.value(i) + hedgeCash[i];
                for (int l = 0; l < lc; l++) {
                    if (qty[l][i] > 0) {
                        e += qty[l][i] * unitMark[l][i];
                    }
                }
                equity[i] = e;
                if (step == 0) {
                    peak[i] = e;
                }
                peak[i] = Math.max(peak[i], e);
                double dd = peak[i] - e;
                maxDd[i] = Math.max(maxDd[i], dd);
                if (dd > 0) {
                    under[i]++;
                }
            }
            for (int s = 0; s < fanCount; s++) {
                fanEquity[step][s] = equity[s];
                fanMetric[step][s] = book.metric(s);
            }
            for (int s = 0; s < sampleCount; s++) {
                sEquity[s][step] = equity[s];
                sSpot[s][step] = state.price[asset][s];
                sVol[s][step] = realisedPoints[s];
                for (int l = 0; l < lc; l++) {
                    sLayerOpen[s][l][step] = qty[l][s] > 0;
                }
            }
        }

        /** Per-unit value of layer {@code l} on path {@code i} with {@code tau} years left (USD). */
        private double mark(int l, int i, double tau) {
            double s = state.price[asset][i];
            switch (instruments[l]) {
                case ASSET_PUT:
                    return tau <= 0 ? Math.max(strike[l][i] - s, 0.0)
                            : BlackScholes.price(OptionType.PUT, s, strike[l][i], tau, 0.0, 0.0, vol);
                case PERP_SHORT:
                    return entryPrice[l][i] - s;
                case PEG_PUT:
                    return pegPut(strike[l][i], state.peg[i], Math.max(tau, 0.0));
                case CLAIMS_COVER:
                    return Math.max(tau, 0.0) * position.expectedClaimsPerYear();
                default:
                    throw new IllegalStateException("unknown instrument " + instruments[l]);
            }
        }

        /**
         * Peg put per USD notional: intrinsic plus, over {@code tau}, the chance of a run or death
         * jump times its expected extra payoff (run depth log-normal, integrated on 16 quantile
         * nodes), times the cover loading. A fair actuarial price, not an arbitrage-free one.
         */
        private double pegPut(double k, double peg, double tau) {
            double intrinsic = Math.max(k - peg, 0.0);
            PegSpec p = market.peg();
            if (p == null || tau <= 0) {
                return intrinsic;
            }
            double run = 0;
            for (int q = 0; q < 16; q++) {
                double z = NormalDistribution.inverseCdf((q + 0.5) / 16.0);
                double after = Math.min(peg, 1.0 - Math.min(p.runDepthMedian() * Math.exp(p.runDepthLogStdev() * z), 0.99));
                run += (Math.max(k - after, 0.0) - intrinsic) / 16.0;
            }
            double death = Math.max(k - Math.min(peg, p.deathFirstDay()), 0.0) - intrinsic;
            return intrinsic + terms.coverLoading() * tau * (p.runIntensity() * run + p.deathIntensity() * death);
        }

        /** Half-spread per unit: a fraction of the option value, or of the asset price for a perp (USD). */
        private double slippage(int l, int i, double unit) {
            return terms.slippage() * (instruments[l] == DefiInstrument.PERP_SHORT ? state.price[asset][i] : Math.abs(unit));
        }

        private void manage(int l, int i) {
            HedgeLayer layer = layers.get(l);
            if (qty[l][i] > 0) {
                int left = expiry[l][i] - step;
                double unit = unitMark[l][i];
                double value = qty[l][i] * unit;
                if (left <= 0) {
                    sell(l, i, 1.0, unit, true);
                } else if (instruments[l] != DefiInstrument.PERP_SHORT && !Double.isNaN(layer.exit().takeProfitMultiple())
                        && value >= layer.exit().takeProfitMultiple() * cost[l][i]) {
                    sell(l, i, 1.0, unit, false);
                } else {
                    if (!monetised[l][i] && realisedPoints[i] > layer.exit().monetiseVixAbove()) {
                        monetised[l][i] = true;
                        sell(l, i, layer.exit().monetiseFraction(), unit, false);
                    }
                    if (qty[l][i] > 0 && left * 365.0 / stepsPerYear <= layer.exit().exitDaysToExpiry()) {
                        sell(l, i, 1.0, unit, false);
                        if (layer.rollWhileTriggered() && entries.get(l).fires(this, i)) {
                            cooldownUntil[l][i] = step;
                        }
                    }
                }
            }
            if (qty[l][i] <= 0 && step >= cooldownUntil[l][i] && step < steps
                    && (l != reserveLayer || !reserveDeployed[i]) && entries.get(l).fires(this, i)) {
                enter(l, i);
            }
        }

        private void sell(int l, int i, double fraction, double unit, boolean settlement) {
            double q = qty[l][i] * fraction;
            double proceeds = settlement ? q * unit : q * unit - q * slippage(l, i, unit);
            hedgeCash[i] += proceeds;
            if (proceeds >= 0) {
                received[l][step] += proceeds;
            } else {
                paid[l][step] -= proceeds;
            }
            qty[l][i] -= q;
            cost[l][i] *= 1.0 - fraction;
            if (qty[l][i] <= 1e-12) {
                qty[l][i] = 0;
                cooldownUntil[l][i] = step + layers.get(l).cooldownDays();
            }
        }

        private void enter(int l, int i) {
            HedgeLayer layer = layers.get(l);
            int tenor = toSteps(layer.tenorDays());
            double tau = years(tenor);
            double s = state.price[asset][i];
            expiry[l][i] = step + tenor;
            entryPrice[l][i] = s;
            strike[l][i] = strikeFor(l, layer.strike(), i, tau);
            double unit = mark(l, i, tau);
            double unitCost = instruments[l] == DefiInstrument.PERP_SHORT ? slippage(l, i, unit) : unit + slippage(l, i, unit);
            double q = quantity(l, layer.size(), i, unitCost);
            if (!(q > 0) || !Double.isFinite(q)) {
                return;
            }
            double pay = q * unitCost;
            hedgeCash[i] -= pay;
            hedgeCost[i] += pay;
            paid[l][step] += pay;
            qty[l][i] = q;
            unitMark[l][i] = unit;
            cost[l][i] = instruments[l] == DefiInstrument.PERP_SHORT ? q * s : pay;
            monetised[l][i] = false;
            entriesAt[l][step]++;
            everEntered[l][i] = true;
            if (l == reserveLayer) {
                reserveDeployed[i] = true;
            }
            if (i < sampleCount) {
                sEntries.get(i).get(l).add(step);
            }
        }

        private double strikeFor(int l, StrikeRule rule, int i, double tau) {
            double ref = instruments[l] == DefiInstrument.PEG_PUT ? 1.0 : state.price[asset][i];
            if (rule == null) {
                return ref;
            }
            if (rule instanceof StrikeRule.Absolute a) {
                return a.strike();
            }
            if (rule instanceof StrikeRule.PercentFromReference p) {
                return ref * (1.0 + p.percent());
            }
            double delta = ((StrikeRule.Delta) rule).delta();
            // Black-Scholes put delta N(d1) - 1 = -delta  =>  K = S exp(-d1 s + s^2/2), s = vol sqrt(tau)
            double sd = vol * Math.sqrt(tau);
            double d1 = NormalDistribution.inverseCdf(1.0 - delta);
            return ref * Math.exp(-d1 * sd + 0.5 * sd * sd);
        }

        private double quantity(int l, SizeRule size, int i, double unitCost) {
            double s = state.price[asset][i];
            boolean perp = instruments[l] == DefiInstrument.PERP_SHORT;
            double q;
            if (size instanceof SizeRule.Contracts c) {
                q = c.contracts();
            } else if (size instanceof SizeRule.FractionOfCapital f) {
                q = perp ? f.fraction() * position.capital() / s : f.fraction() * position.capital() / unitCost;
            } else if (size instanceof SizeRule.CashBudget b) {
                q = perp ? b.usd() / s : b.usd() / unitCost;
            } else if (size instanceof SizeRule.FractionOfMaxLoss f) {
                double budget = f.fraction() * Math.max(book.value(i), 0.0);
                q = perp ? budget / s : budget / unitCost;
            } else {
                double r = ((SizeRule.VegaRatio) size).ratio();
                q = switch (instruments[l]) {
                    case ASSET_PUT, PERP_SHORT -> r * book.assetExposure(i) / s;
                    case PEG_PUT -> r * book.pegExposure(i);
                    case CLAIMS_COVER -> r;
                };
            }
            if (instruments[l] == DefiInstrument.CLAIMS_COVER) {
                q = Math.min(q, 1.0);
            }
            if (l == reserveLayer && !perp) {
                q = Math.min(q, hedge.policy().reserve().capital() / unitCost);
            }
            return q;
        }

        // ---- trigger inputs ----

        @Override
        public double vix(int i) {
            return realisedPoints[i];
        }

        @Override
        public double vix3m(int i) {
            return Double.NaN;
        }

        @Override
        public double vixFuture(int i, int tenorDays) {
            return realisedPoints[i];
        }

        @Override
        public double portfolioDrawdown(int i) {
            double peakNow = Math.max(peak[i], preTrade[i]);
            return step == 0 ? 0.0 : (peakNow - preTrade[i]) / position.capital();
        }

        @Override
        public double spxDrawdown(int i) {
            return 1.0 - state.price[asset][i] / assetPeak[i];
        }

        @Override
        public double indicator(IndicatorSeries series, IndicatorKind indicator, int i) {
            StreamingIndicators ind = series == IndicatorSeries.SPX ? priceInd : volInd;
            return switch (indicator) {
                case RSI -> ind.rsi(i);
                case MACD -> ind.macd(i);
                case MACD_HISTOGRAM -> ind.macdHistogram(i);
                case DISTANCE_FROM_MOVING_AVERAGE -> ind.last(i) / ind.movingAverage(i) - 1.0;
            };
        }

        @Override
        public int tradingDaysToEvent(EventKind kind) {
            return Integer.MAX_VALUE;
        }

        @Override
        public double realisedVol(int i) {
            return realised[i];
        }

        @Override
        public double pegDeviation(int i) {
            return Math.abs(1.0 - state.peg[i]);
        }

        private Block result() {
            Block b = new Block();
            b.pnl = new double[n];
            for (int i = 0; i < n; i++) {
                b.pnl[i] = equity[i] - position.capital();
            }
            b.maxDrawdown = maxDd;
            b.underWater = under;
            b.hedgeCost = hedgeCost;
            b.reserveDeployed = reserveDeployed;
            b.layerPaid = paid;
            b.layerReceived = received;
            b.layerEntries = entriesAt;
            b.layerFinal = new double[lc];
            b.layerPathsEntered = new int[lc];
            for (int l = 0; l < lc; l++) {
                for (int i = 0; i < n; i++) {
                    if (qty[l][i] > 0) {
                        b.layerFinal[l] += qty[l][i] * unitMark[l][i];
                    }
                    if (everEntered[l][i]) {
                        b.layerPathsEntered[l]++;
                    }
                }
            }
            b.fanEquity = fanEquity;
            b.fanMetric = fanMetric;
            b.samples = new ArrayList<>();
            for (int s = 0; s < sampleCount; s++) {
                List<List<Integer>> e = new ArrayList<>();
                for (List<Integer> x : sEntries.get(s)) {
                    e.add(List.copyOf(x));
                }
                boolean[] open = new boolean[steps + 1];
                Arrays.fill(open, true);
                b.samples.add(new CampaignResult.SamplePath(first + s, sEquity[s], sSpot[s], sVol[s], open, sLayerOpen[s], List.copyOf(e)));
            }
            return b;
        }
    }
}
