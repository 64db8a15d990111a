package com.alvh.workbench.defi;

import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.TriggerInputs;
import com.alvh.workbench.market.StreamingIndicators;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.sim.BlockAccount;
import com.alvh.workbench.sim.BlockRunner;
import com.alvh.workbench.sim.CampaignBlock;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.IndicatorReadings;
import com.alvh.workbench.sim.LayerBook;
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
 * cooldown, before the last step and its trigger fires; (5) the reserve charges its idle cost or
 * deploys on its breach; (6) equity, peak and drawdown update. Steps (4) to (6) and the combination
 * of blocks are the equity engine's own code ({@link LayerBook}, {@link BlockAccount},
 * {@link CampaignBlock}): this class supplies the instruments' marks, proceeds, strikes and sizes
 * and their carry (perp funding, claims paid by cover).
 *
 * <p><b>Trigger inputs in DeFi runs</b>: {@code vix} = realised vol of the hedge asset in vol points;
 * {@code vix3m} = NaN; {@code vixFuture} = realised vol points; {@code spxDrawdown} = the hedge
 * asset's drawdown from its running peak; {@code portfolioDrawdown} = (peak - equity) / capital;
 * {@code indicator(SPX, ...)} = on the hedge asset's price, {@code indicator(VIX, ...)} = on realised
 * vol; {@code realisedVol} and {@code pegDeviation} as named; no event calendar.
 *
 * <p><b>Instruments and size rules</b> (see {@link DefiInstrument}): puts are marked by Black-Scholes
 * ({@code r = q = 0}) at the option market's vol by regime ({@link HedgeTerms#impliedVol}: the asset's
 * long-run volatility moved toward the trailing realised volatility, times the markup); perps at
 * {@code entry - price} per unit, receiving funding daily when it is positive (longs pay shorts); peg puts at intrinsic plus the expected
 * payoff of a run or death jump within the remaining tenor, times the cover loading; claims cover at
 * the loading times the expected claims over the tenor. A size rule sets: {@code Contracts} = units
 * (asset units, USD of peg notional, or the covered share of claims); {@code FractionOfCapital} and
 * {@code CashBudget} = the premium budget (for a perp: its USD notional); {@code FractionOfMaxLoss} =
 * a budget as a fraction of the position's current value (an LP can lose all of it);
 * {@code VegaRatio(r)} = a hedge ratio: {@code r} units per unit of the position's exposure (asset
 * units for puts and perps, USD of stablecoin held for peg puts, share of claims for cover, capped at 1).
 */
public final class DefiSimulation {

    /** Realised-vol window (steps). */
    static final int VOL_WINDOW = OptionVolRegime.WINDOW;

    private final DefiMarketModel market;
    private final DefiPosition position;
    private final DefiHedgePolicy hedge;
    private final SimulationSettings settings;
    /** The layers and their lifecycle rules: the equity engine's ({@link LayerBook}). */
    private final LayerBook.Plan plan;
    private final List<HedgeLayer> layers;
    private final DefiInstrument[] instruments;
    private final int reserveLayer;
    private final int fanSample;
    private final int samplePaths;

    private DefiSimulation(DefiMarketModel market, DefiPosition position, DefiHedgePolicy hedge, SimulationSettings settings) {
        this.market = market;
        this.position = position;
        this.hedge = hedge;
        this.settings = settings;
        Reserve r = hedge.policy().reserve();
        plan = new LayerBook.Plan(hedge.policy(), layer -> 1.0,
                layer -> hedge.instrumentOf(layer) == DefiInstrument.PERP_SHORT, 1.0 / settings.dt(),
                r.capital() * r.costRate() * settings.dt(), settings.steps() - 1);
        layers = plan.layers();
        reserveLayer = plan.reserveLayer();
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
            CampaignResult relabelled = res.result().withPolicyName(r.label());
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
        CampaignResult r = CampaignBlock.combine(hedge.policy().name(), steps, position.capital(), plan.layerNames(),
                fanSample, blocks.stream().map(Block::campaign).toList());
        int fanCount = r.fanSampleSize();
        double[][] fanMetric = new double[steps + 1][fanCount];
        int fanAt = 0;
        for (Block b : blocks) {
            int here = b.fanMetric.length == 0 ? 0 : b.fanMetric[0].length;
            for (int t = 0; t <= steps && here > 0; t++) {
                System.arraycopy(b.fanMetric[t], 0, fanMetric[t], fanAt, here);
            }
            fanAt += here;
        }
        double[] mMean = new double[steps + 1];
        double[] m05 = new double[steps + 1];
        double[] m95 = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            double[] m = fanMetric[t];
            double s = 0;
            for (double v : m) {
                s += v;
            }
            mMean[t] = s / fanCount;
            Arrays.sort(m);
            m05[t] = m[CampaignBlock.rank(5, fanCount)];
            m95[t] = m[CampaignBlock.rank(95, fanCount)];
        }
        return new DefiResult(r, position.metricName(), mMean, m05, m95);
    }

    /**
     * One block: the equity side's summary plus the position's metric per step of the fan's paths.
     *
     * @param campaign the block's summary as the equity engine's
     * @param fanMetric the metric {@code [step][path]} of the block's fan paths
     */
    record Block(CampaignBlock campaign, double[][] fanMetric) {
    }

    /** One block's state, struct of arrays; also the trigger inputs of its paths. */
    private final class Observer implements TriggerInputs, LayerBook.Instruments {
        private final int first;
        private final int n;
        private final int lc = layers.size();
        private final int steps = settings.steps();
        private final double dt = settings.dt();
        private final double stepsPerYear = 1.0 / settings.dt();
        private final int asset = position.hedgeAsset();
        private final HedgeTerms terms = hedge.terms();
        private final double longRunVol = market.longRunVol(position.hedgeAsset());
        private final DefiPathState state;
        private final DefiPosition.Book book;
        private final StreamingIndicators priceInd;
        private final StreamingIndicators volInd;
        private final double[][] window; // [path][VOL_WINDOW] squared returns ring
        private final double[] sumSq;
        private final double[] realised;
        private final double[] assetPeak;
        private final double[] realisedPoints;
        private final double[] positionValue;
        // layers [layer][path]: lifecycle state in the shared book; strikes and entry prices are the instruments'
        private final LayerBook hedges;
        private final double[][] qty;
        private final double[][] strike;
        private final double[][] entryPrice;
        private final int[][] expiry;
        private final double[][] unitMark;
        // protocol cover: what is left of the amount, and a claim waiting for its payout
        private final double[][] coverLeft;
        private final double[][] coverPending;
        private final int[][] coverDue;
        private final int coverDelaySteps;
        // account
        private final BlockAccount account;
        private final double[] hedgeCash;
        private final double[] preTrade;
        private final double[] hedgeCost;
        private final double[][] fanMetric;
        private int step;

        Observer(int first, int n) {
            this.first = first;
            this.n = n;
            state = new DefiPathState(market.assetNames().size(), n);
            book = position.open(n, market);
            priceInd = new StreamingIndicators(n, IndicatorReadings.MA_WINDOW, IndicatorReadings.RSI_PERIOD);
            volInd = new StreamingIndicators(n, IndicatorReadings.MA_WINDOW, IndicatorReadings.RSI_PERIOD);
            window = new double[n][VOL_WINDOW];
            sumSq = new double[n];
            realised = new double[n];
            realisedPoints = new double[n];
            positionValue = new double[n];
            assetPeak = new double[n];
            account = new BlockAccount(first, n, steps, lc, fanSample, samplePaths);
            hedgeCash = account.cash;
            preTrade = account.preTrade;
            hedgeCost = account.hedgeCost;
            hedges = new LayerBook(plan, n, steps, hedgeCash, hedgeCost, account.sampleCount);
            qty = hedges.qty;
            expiry = hedges.expiry;
            unitMark = hedges.unitMark;
            strike = new double[lc][n];
            entryPrice = new double[lc][n];
            coverLeft = new double[lc][n];
            coverPending = new double[lc][n];
            coverDue = new int[lc][n];
            coverDelaySteps = (int) Math.round(terms.coverDelayDays() * stepsPerYear / 365.0);
            fanMetric = new double[account.fanCount == 0 ? 0 : steps + 1][account.fanCount];
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
            for (int i = 0; i < n; i++) {
                double pre = book.value(i) + hedgeCash[i];
                for (int l = 0; l < lc; l++) {
                    if (instruments[l] == DefiInstrument.PROTOCOL_COVER) {
                        pre += protocolCover(l, i);
                    }
                    if (qty[l][i] > 0) {
                        // Claims cover pays as claims are incurred.
                        if (instruments[l] == DefiInstrument.CLAIMS_COVER) {
                            double pay = qty[l][i] * book.claimsThisStep(i);
                            if (pay > 0) {
                                hedges.receive(l, i, step, pay);
                                pre += pay;
                            }
                        }
                        if (instruments[l] == DefiInstrument.PERP_SHORT && step > 0) {
                            // Positive funding is paid by longs to shorts: the short receives it.
                            double funding = terms.fundingRate() * qty[l][i] * state.price[asset][i] * dt;
                            hedgeCash[i] += funding;
                            pre += funding;
                            if (funding < 0) {
                                hedgeCost[i] -= funding;
                            }
                            hedges.recordCarry(l, step, -funding);
                        }
                        unitMark[l][i] = mark(l, i, years(expiry[l][i] - step));
                        pre += qty[l][i] * unitMark[l][i];
                    }
                }
                preTrade[i] = pre;
                for (int l = 0; l < lc; l++) {
                    hedges.manage(l, i, step, realisedPoints[i], this, this);
                }
                hedges.chargeIdleReserve(i, step);
                account.close(i, step, hedges.withHeld(i, book.value(i) + hedgeCash[i]));
            }
            for (int s = 0; s < account.fanCount; s++) {
                fanMetric[step][s] = book.metric(s);
            }
            if (position.chartsPeg()) {
                // Sample paths of a peg position: the coin's price (layer entries are marked on it) and the position's value.
                for (int i = 0; i < account.sampleCount; i++) {
                    positionValue[i] = book.value(i);
                }
                account.record(step, positionValue, state.peg, null, hedges);
            } else {
                account.record(step, state.price[asset], realisedPoints, null, hedges);
            }
        }

        /** Per-unit value of layer {@code l} on path {@code i} with {@code tau} years left (USD). */
        private double mark(int l, int i, double tau) {
            double s = state.price[asset][i];
            switch (instruments[l]) {
                case ASSET_PUT:
                    return tau <= 0 ? Math.max(strike[l][i] - s, 0.0)
                            : BlackScholes.price(OptionType.PUT, s, strike[l][i], tau, 0.0, 0.0, impliedVol(i));
                case PERP_SHORT:
                    return entryPrice[l][i] - s;
                case PEG_PUT:
                    return pegPut(strike[l][i], state.peg[i], Math.max(tau, 0.0));
                case CLAIMS_COVER:
                    return Math.max(tau, 0.0) * position.expectedClaimsPerYear();
                case PROTOCOL_COVER:
                    return Math.max(tau, 0.0) * position.expectedExploitLossRate() * terms.coverApproval();
                default:
                    throw new IllegalStateException("unknown instrument " + instruments[l]);
            }
        }

        /**
         * Peg put per USD notional: intrinsic plus, over {@code tau}, the chance of a run or death
         * jump times its expected extra payoff (run depth log-normal, integrated on 16 quantile
         * nodes), plus, once the coin is off its peg, the chance that this run dies
         * ({@link PegSpec#deathGivenRun}, in full from 3 % off), times the cover loading. An actuarial
         * price, not an arbitrage-free one; from {@link HedgeTerms#pegCoverWithdrawnAt} off the peg
         * nobody sells it ({@link #enter}).
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
            // Once a depeg has started, sellers price the chance that this run is the one that dies: the file's
            // P(death | run), weighted by how far into a run the coin is (full at 1 - 0.97 = 3 % off).
            double started = Math.min(1.0, Math.max(1.0 - peg, 0.0) / (1.0 - StablecoinHistory.RUN_THRESHOLD));
            return intrinsic + terms.coverLoading() * (tau * (p.runIntensity() * run + p.deathIntensity() * death)
                    + started * p.deathGivenRun() * death);
        }

        /** The volatility asset puts on path {@code i} trade at now: the regime's forecast times the markup. */
        private double impliedVol(int i) {
            return terms.impliedVol(longRunVol, realised[i]);
        }

        /**
         * Protocol cover on path {@code i}: files a claim for this step's exploit loss (up to what is left of
         * the amount, approved when the position's claim draw is below the approval probability) while the
         * cover is open, and pays a waiting claim when it is due; returns what was received (USD).
         */
        private double protocolCover(int l, int i) {
            double received = 0.0;
            if (coverPending[l][i] > 0 && step >= coverDue[l][i]) {
                received = coverPending[l][i];
                coverPending[l][i] = 0.0;
                hedges.receive(l, i, step, received);
            }
            double loss = book.exploitLossThisStep(i);
            if (qty[l][i] > 0 && loss > 0 && coverLeft[l][i] > 0) {
                double claim = Math.min(loss, coverLeft[l][i]);
                coverLeft[l][i] -= claim;
                if (book.claimDraw(i) < terms.coverApproval()) {
                    // One claim waits at a time: a second one joins it and is paid with it.
                    coverDue[l][i] = coverPending[l][i] > 0 ? coverDue[l][i] : step + coverDelaySteps;
                    coverPending[l][i] += claim;
                    if (coverDelaySteps == 0) {
                        received += coverPending[l][i];
                        hedges.receive(l, i, step, coverPending[l][i]);
                        coverPending[l][i] = 0.0;
                    }
                }
            }
            return received;
        }

        /** Half-spread per unit: a fraction of the option value, or of the asset price for a perp (USD). */
        private double slippage(int l, int i, double unit) {
            return terms.slippage() * (instruments[l] == DefiInstrument.PERP_SHORT ? state.price[asset][i] : Math.abs(unit));
        }

        @Override
        public double saleProceeds(int l, int i, double units, double unit, boolean settlement) {
            return settlement ? units * unit : units * unit - units * slippage(l, i, unit);
        }

        @Override
        public void enter(int l, int i) {
            if (instruments[l] == DefiInstrument.PEG_PUT && 1.0 - state.peg[i] >= terms.pegCoverWithdrawnAt()) {
                return; // a depeg in progress is not insurable: no quote, the layer stays flat and tries again
            }
            HedgeLayer layer = layers.get(l);
            int tenor = toSteps(layer.tenorDays());
            double tau = years(tenor);
            double s = state.price[asset][i];
            entryPrice[l][i] = s;
            strike[l][i] = strikeFor(l, layer.strike(), i, tau);
            double unit = mark(l, i, tau);
            // Cover is bought at the loading over its fair (marked) value; peg puts carry the loading in their mark.
            boolean cover = instruments[l] == DefiInstrument.CLAIMS_COVER || instruments[l] == DefiInstrument.PROTOCOL_COVER;
            double price = cover ? terms.coverLoading() * unit : unit;
            double unitCost = instruments[l] == DefiInstrument.PERP_SHORT ? slippage(l, i, unit) : price + slippage(l, i, price);
            double q = quantity(l, layer.size(), i, unitCost);
            if (!(q > 0) || !Double.isFinite(q)) {
                return;
            }
            double pay = q * unitCost;
            hedges.open(l, i, step, step + tenor, q, pay, unit, instruments[l] == DefiInstrument.PERP_SHORT ? q * s : pay);
            if (instruments[l] == DefiInstrument.PROTOCOL_COVER) {
                coverLeft[l][i] = q;
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
            double sd = impliedVol(i) * Math.sqrt(tau);
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
                    case PROTOCOL_COVER -> r * Math.max(book.value(i), 0.0);
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
            return account.portfolioDrawdown(i, step, position.capital());
        }

        @Override
        public double spxDrawdown(int i) {
            return 1.0 - state.price[asset][i] / assetPeak[i];
        }

        @Override
        public double indicator(IndicatorSeries series, IndicatorKind indicator, int i) {
            return IndicatorReadings.read(series == IndicatorSeries.SPX ? priceInd : volInd, indicator, i);
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
            int[] trades = new int[n];
            Arrays.fill(trades, 1); // the position is held throughout: one "trade" per path
            return new Block(account.summary(position.capital(), trades, hedges, (l, i) -> unitMark[l][i]), fanMetric);
        }
    }
}
