package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.hedge.TriggerInputs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The hedge layers of one block of paths: their per-path state and the ALVH lifecycle rules, the
 * one implementation both engines use ({@link CampaignSimulation} for the SPX condor with VIX and
 * SPX hedges, {@code defi.DefiSimulation} for DeFi positions). What an instrument is worth, costs
 * and sells for is the engine's ({@link Instruments}); when a layer enters, takes profit, monetises,
 * exits, rolls, settles, cools down, and the reserve's single deployment, are decided here.
 *
 * <p>Rules per layer and path, each step, in this order (docs/model.md, "The portfolio through
 * time"): if open, settle at expiry at the settlement mark; else take profit when the value reaches
 * {@code takeProfitMultiple} x cost (not for linear instruments: futures, perps); else sell
 * {@code monetiseFraction} the first time the monetise signal (VIX, or realised vol in points) is
 * above {@code monetiseVixAbove}, then exit {@code exitDaysToExpiry} calendar days before expiry
 * and, with {@code rollWhileTriggered}, allow a re-entry the same step if the trigger still holds
 * (a roll is not a fresh entry: no cooldown). Then, if flat, out of cooldown, at or before the plan's
 * last entry step and (for the reserve's layer) not yet deployed, enter when the trigger fires.
 * A layer that goes flat cools down for {@code cooldownDays} steps. The reserve, while undeployed,
 * costs its idle cost per step after step 0.
 *
 * <p>State is struct-of-arrays, {@code [layer][path]}; cash flows are summed per layer and step.
 * Cash moves through the account arrays the engine passes in.
 */
public final class LayerBook {

    /** Prices, sizes and sells the instruments of the layers; implemented by each engine's block. */
    public interface Instruments {
        /**
         * Cash from selling {@code units} of layer {@code layer} on path {@code path} (USD); may be
         * negative (a future or perp closed at a loss).
         *
         * @param layer layer index
         * @param path path index in the block
         * @param units units sold
         * @param unitMark this step's mark per unit (the settlement value at expiry)
         * @param settlement true at expiry: settle at the mark, no trading costs
         * @return the proceeds (USD)
         */
        double saleProceeds(int layer, int path, double units, double unitMark, boolean settlement);

        /**
         * Prices and sizes an entry of {@code layer} on {@code path} now and, if it buys anything,
         * books it with {@link LayerBook#open}.
         *
         * @param layer layer index
         * @param path path index in the block
         */
        void enter(int layer, int path);

        /**
         * Told of every sale or settlement the book makes (for a trade list); does nothing by default.
         *
         * @param layer layer index
         * @param path path index in the block
         * @param step the step
         * @param units units traded (&lt; 0: sold or settled)
         * @param unitMark the mark per unit it was sold at (the settlement value at expiry)
         * @param cash the proceeds (USD)
         * @param reason why: {@link Trade#EXPIRY}, {@link Trade#TAKE_PROFIT}, {@link Trade#MONETISE} or
         *     {@link Trade#EXIT_BEFORE_EXPIRY}
         */
        default void traded(int layer, int path, int step, double units, double unitMark, double cash, String reason) {
        }
    }

    /**
     * The layers of a run, prepared once and shared read-only by all blocks.
     */
    public static final class Plan {
        final List<HedgeLayer> layers;
        final HedgeLayer[] layerArray;
        final TriggerChecks.TriggerCheck[] entryChecks;
        final List<Trigger> entries;
        final int reserveLayer;
        final double[] multipliers;
        final boolean[] linear;
        final double stepsPerYear;
        final double idleCostPerStep;
        final int lastEntryStep;
        final boolean reserveActive;

        /**
         * @param policy the policy: its layers, then the reserve's deployment (if active) as the last layer
         * @param multiplier USD per point of a layer's unit mark (1 where marks are in USD)
         * @param linear whether a layer's instrument is linear (a future or perp: no take profit)
         * @param stepsPerYear path steps per year (converts steps left into calendar days for exits)
         * @param idleCostPerStep the reserve's cost per step while undeployed (USD)
         * @param lastEntryStep the last step at which a layer may enter
         */
        public Plan(AlvhPolicy policy, ToDoubleFunction<HedgeLayer> multiplier, Predicate<HedgeLayer> linear,
                    double stepsPerYear, double idleCostPerStep, int lastEntryStep) {
            List<HedgeLayer> all = new ArrayList<>(policy.layers());
            List<Trigger> triggers = new ArrayList<>();
            for (HedgeLayer layer : all) {
                triggers.add(layer.entry());
            }
            Reserve reserve = policy.reserve();
            reserveActive = reserve.active();
            if (reserveActive) {
                all.add(reserve.deployment());
                triggers.add(reserve.breach());
                reserveLayer = all.size() - 1;
            } else {
                reserveLayer = -1;
            }
            this.layers = List.copyOf(all);
            this.entries = List.copyOf(triggers);
            this.layerArray = layers.toArray(new HedgeLayer[0]);
            this.entryChecks = new TriggerChecks.TriggerCheck[layerArray.length];
            this.multipliers = new double[layerArray.length];
            this.linear = new boolean[layerArray.length];
            for (int l = 0; l < layerArray.length; l++) {
                entryChecks[l] = TriggerChecks.compile(entries.get(l));
                multipliers[l] = multiplier.applyAsDouble(layerArray[l]);
                this.linear[l] = linear.test(layerArray[l]);
            }
            this.stepsPerYear = stepsPerYear;
            this.idleCostPerStep = idleCostPerStep;
            this.lastEntryStep = lastEntryStep;
        }

        /** The layers, the reserve's deployment last if there is one. */
        public List<HedgeLayer> layers() {
            return layers;
        }

        /** The entry triggers, index by index with {@link #layers()} (the reserve's breach last). */
        public List<Trigger> entries() {
            return entries;
        }

        /** Index of the reserve's deployment layer, or -1 without a reserve. */
        public int reserveLayer() {
            return reserveLayer;
        }

        /** The layers' names, for the result. */
        public List<String> layerNames() {
            return layers.stream().map(HedgeLayer::name).toList();
        }
    }

    private final Plan plan;
    private final int layerCount;
    private final double[] cash;
    private final double[] hedgeCost;
    private final double[] multipliers;
    private final boolean[] linear;
    private final int sampleCount;

    /** Units held, {@code [layer][path]} (0 when flat). */
    public final double[][] qty;
    /** This step's mark per unit of each open layer (points or USD; times the multiplier is USD). */
    public final double[][] unitMark;
    /** Expiry step of each open layer. */
    public final int[][] expiry;
    /** Cost basis of each open layer (USD; scaled down by partial sales). */
    public final double[][] cost;
    private final boolean[][] monetised;
    private final int[][] cooldownUntil;
    private final boolean[][] everEntered;
    /** Whether the reserve has deployed on each path. */
    public final boolean[] reserveDeployed;
    /** Paid and received per layer and step, summed over the block's paths (USD). */
    final double[][] paid;
    final double[][] received;
    final int[][] entriesAt;
    final List<List<List<Integer>>> sampleEntries = new ArrayList<>();

    /**
     * @param plan the run's layers
     * @param paths paths in the block
     * @param steps steps in the run
     * @param cash the block's cash per path (USD), debited and credited here
     * @param hedgeCost the block's hedge cost per path (USD), increased by premiums and idle cost
     * @param sampleCount how many of the block's first paths keep their entry steps
     */
    public LayerBook(Plan plan, int paths, int steps, double[] cash, double[] hedgeCost, int sampleCount) {
        this.plan = plan;
        this.layerCount = plan.layerArray.length;
        this.cash = cash;
        this.hedgeCost = hedgeCost;
        this.multipliers = plan.multipliers;
        this.linear = plan.linear;
        this.sampleCount = sampleCount;
        qty = new double[layerCount][paths];
        unitMark = new double[layerCount][paths];
        expiry = new int[layerCount][paths];
        cost = new double[layerCount][paths];
        monetised = new boolean[layerCount][paths];
        cooldownUntil = new int[layerCount][paths];
        everEntered = new boolean[layerCount][paths];
        reserveDeployed = new boolean[paths];
        paid = new double[layerCount][steps + 1];
        received = new double[layerCount][steps + 1];
        entriesAt = new int[layerCount][steps + 1];
        for (int s = 0; s < sampleCount; s++) {
            List<List<Integer>> perLayer = new ArrayList<>();
            for (int l = 0; l < layerCount; l++) {
                perLayer.add(new ArrayList<>());
            }
            sampleEntries.add(perLayer);
        }
    }

    /** Number of layers (the reserve's deployment included). */
    public int layerCount() {
        return layerCount;
    }

    /**
     * Runs layer {@code l}'s exits, then its entry, on path {@code i} at {@code step}; expects
     * {@link #unitMark} to hold this step's marks of the open layers.
     *
     * @param l layer index
     * @param i path index in the block
     * @param step the step
     * @param monetiseSignal what {@code ExitRule.monetiseVixAbove} is compared with (VIX, or realised vol points)
     * @param in the trigger inputs of the block at this step
     * @param instruments the engine's pricing
     */
    public void manage(int l, int i, int step, double monetiseSignal, TriggerInputs in, Instruments instruments) {
        HedgeLayer layer = plan.layerArray[l];
        if (qty[l][i] > 0.0) {
            int left = expiry[l][i] - step;
            double mark = unitMark[l][i];
            double value = qty[l][i] * multipliers[l] * mark;
            if (left <= 0) {
                sell(l, i, step, 1.0, mark, true, instruments, Trade.EXPIRY);
            } else if (!linear[l] && !Double.isNaN(layer.exit().takeProfitMultiple())
                    && value >= layer.exit().takeProfitMultiple() * cost[l][i]) {
                sell(l, i, step, 1.0, mark, false, instruments, Trade.TAKE_PROFIT);
            } else {
                if (!monetised[l][i] && monetiseSignal > layer.exit().monetiseVixAbove()) {
                    monetised[l][i] = true;
                    sell(l, i, step, layer.exit().monetiseFraction(), mark, false, instruments, Trade.MONETISE);
                }
                if (qty[l][i] > 0.0 && left * 365.0 / plan.stepsPerYear <= layer.exit().exitDaysToExpiry()) {
                    sell(l, i, step, 1.0, mark, false, instruments, Trade.EXIT_BEFORE_EXPIRY);
                    if (layer.rollWhileTriggered() && plan.entryChecks[l].fires(in, i)) {
                        cooldownUntil[l][i] = step; // a roll is not a fresh entry: no cooldown
                    }
                }
            }
        }
        if (qty[l][i] <= 0.0 && step >= cooldownUntil[l][i] && step <= plan.lastEntryStep
                && (l != plan.reserveLayer || !reserveDeployed[i]) && plan.entryChecks[l].fires(in, i)) {
            instruments.enter(l, i);
        }
    }

    /** Sells {@code fraction} of layer {@code l}; a layer that goes flat starts its cooldown. */
    private void sell(int l, int i, int step, double fraction, double mark, boolean settlement, Instruments instruments,
                      String reason) {
        double units = qty[l][i] * fraction;
        double proceeds = instruments.saleProceeds(l, i, units, mark, settlement);
        instruments.traded(l, i, step, -units, mark, proceeds, reason);
        cash[i] += proceeds;
        if (proceeds >= 0.0) {
            received[l][step] += proceeds;
        } else {
            paid[l][step] -= proceeds;
        }
        qty[l][i] -= units;
        cost[l][i] *= 1.0 - fraction;
        if (qty[l][i] <= 1e-12) {
            qty[l][i] = 0.0;
            cooldownUntil[l][i] = step + plan.layerArray[l].cooldownDays();
        }
    }

    /**
     * Books an entry: pays {@code pay}, holds {@code units} until {@code expiryStep}; the reserve's
     * layer marks the reserve deployed.
     *
     * @param l layer index
     * @param i path index in the block
     * @param step the step
     * @param expiryStep the step it expires
     * @param units units bought (&gt; 0)
     * @param pay cash paid, premium and costs (USD)
     * @param mark its mark per unit now
     * @param costBasis what take profit compares the value with (USD; usually {@code pay})
     */
    public void open(int l, int i, int step, int expiryStep, double units, double pay, double mark, double costBasis) {
        cash[i] -= pay;
        hedgeCost[i] += pay;
        paid[l][step] += pay;
        expiry[l][i] = expiryStep;
        qty[l][i] = units;
        unitMark[l][i] = mark;
        cost[l][i] = costBasis;
        monetised[l][i] = false;
        entriesAt[l][step]++;
        everEntered[l][i] = true;
        if (l == plan.reserveLayer) {
            reserveDeployed[i] = true;
        }
        if (i < sampleCount) {
            sampleEntries.get(i).get(l).add(step);
        }
    }

    /**
     * Books a carry cash flow of an open layer (funding, claims paid), as paid or received.
     *
     * @param l layer index
     * @param step the step
     * @param paidOut USD paid (&gt;= 0) or received (&lt; 0)
     */
    public void recordCarry(int l, int step, double paidOut) {
        if (paidOut >= 0) {
            paid[l][step] += paidOut;
        } else {
            received[l][step] -= paidOut;
        }
    }

    /**
     * Books carry received by an open layer (e.g. claims paid by cover), adding it to cash.
     *
     * @param l layer index
     * @param i path index in the block
     * @param step the step
     * @param amount USD received
     */
    public void receive(int l, int i, int step, double amount) {
        cash[i] += amount;
        received[l][step] += amount;
    }

    /** Charges the reserve's idle cost on path {@code i} if it is active, undeployed and past step 0. */
    public void chargeIdleReserve(int i, int step) {
        if (plan.reserveActive && !reserveDeployed[i] && step > 0) {
            double idle = plan.idleCostPerStep;
            cash[i] -= idle;
            hedgeCost[i] += idle;
        }
    }

    /** {@code base} plus the value at this step's marks of every open layer of path {@code i} (USD). */
    public double withHeld(int i, double base) {
        double e = base;
        for (int l = 0; l < layerCount; l++) {
            if (qty[l][i] > 0.0) {
                e += qty[l][i] * multipliers[l] * unitMark[l][i];
            }
        }
        return e;
    }

    /** The mark per unit of a held layer at the end of the run, as the engine computes it. */
    @FunctionalInterface
    public interface FinalMark {
        /**
         * @param l layer index
         * @param i path index in the block
         * @return the mark per unit
         */
        double unitMark(int l, int i);
    }

    /** Per layer, the value of what is still held, summed over the block's paths (USD). */
    double[] finalValues(FinalMark mark) {
        double[] out = new double[layerCount];
        for (int l = 0; l < layerCount; l++) {
            for (int i = 0; i < qty[l].length; i++) {
                double q = qty[l][i];
                out[l] += q <= 0.0 ? 0.0 : q * multipliers[l] * mark.unitMark(l, i);
            }
        }
        return out;
    }

    /** Per layer, the block's paths on which it ever entered. */
    int[] pathsEntered() {
        int[] out = new int[layerCount];
        for (int l = 0; l < layerCount; l++) {
            for (boolean e : everEntered[l]) {
                if (e) {
                    out[l]++;
                }
            }
        }
        return out;
    }
}
