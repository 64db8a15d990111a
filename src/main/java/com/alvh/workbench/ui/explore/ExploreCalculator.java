package com.alvh.workbench.ui.explore;

import com.alvh.workbench.analytics.PayoffAnalytics;
import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.analytics.PnlTable;
import com.alvh.workbench.analytics.PositionAnalytics;
import com.alvh.workbench.analytics.StrategyValuation;
import com.alvh.workbench.chart.HedgedPayoffChart;
import com.alvh.workbench.chart.PnlHeatMapChart;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.LayerWhatIf;
import com.alvh.workbench.hedge.TriggerExplanation;
import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VolSurface;
import com.alvh.workbench.product.MultiLegStrategy;
import com.alvh.workbench.product.OptionLeg;
import com.alvh.workbench.product.OptionStrategy;
import com.alvh.workbench.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The numbers of the Explore tab for one setting of its controls, all from the core: the position's
 * payoff and P&amp;L from the analytics package, its hedge layers from {@link LayerWhatIf} (which prices
 * them with the analytics package's hedge valuation). Thread-safe and without JavaFX; the P&amp;L table,
 * which depends only on the VIX shift and the rule, is kept from one setting to the next.
 *
 * <p>What-if conventions: P&amp;L in USD against the entry value at the base snapshot; {@code n} days
 * forward each leg has {@code T - n/365} left. VIX moves with SPX by the spot-vol rule
 * {@code VIX(S) = VIX0 (S/S0)^(-elasticity)} ({@link LayerWhatIf.SpotVolRule}, editable), plus the VIX
 * slider's shift; the smile stays anchored on the base spot (sticky strike) and is lifted to that VIX.
 * The greeks and the P&amp;L now are read at the slider's spot under exactly those conventions, so the
 * P&amp;L now lies on the T+n curves. Layers follow {@link LayerWhatIf}'s conventions.
 */
public final class ExploreCalculator {

    /** Spacing of the P&amp;L table's rows (calendar days). */
    public static final int TABLE_STEP_DAYS = 5;
    /** The P&amp;L table's columns: SPX moves from entry, -40 % to +20 % in 5 % steps. */
    public static final int TABLE_COLUMNS = 13;
    /** The spot range shown: -40 % to +20 % of the entry spot. */
    public static final double LOWEST_MOVE = -0.40;
    public static final double HIGHEST_MOVE = 0.20;
    /** Points of the chart's SPX grid (every 0.5 % of the entry spot). */
    public static final int GRID_POINTS = 121;
    /** The heat map: SPX moves every 2.5 %, VIX from 10 to 90 every 5 points. */
    public static final double HEAT_MOVE_STEP = 2.5;
    public static final double HEAT_VIX_LOW = 10;
    public static final double HEAT_VIX_HIGH = 90;
    public static final double HEAT_VIX_STEP = 5;

    /**
     * One setting of the controls.
     *
     * @param spot SPX now (index points, &gt; 0)
     * @param vixShift VIX above (or below) what the spot-vol rule gives at {@code spot} (VIX points)
     * @param daysForward calendar days after entry (&gt;= 0)
     * @param elasticity the spot-vol rule's elasticity (&gt;= 0; 0: VIX does not move with SPX)
     */
    public record Inputs(double spot, double vixShift, int daysForward, double elasticity) {
        public Inputs {
            if (!(spot > 0.0) || !Double.isFinite(spot)) {
                throw new IllegalArgumentException("spot must be finite and > 0, was " + spot);
            }
            if (!Double.isFinite(vixShift)) {
                throw new IllegalArgumentException("vixShift must be finite, was " + vixShift);
            }
            if (daysForward < 0) {
                throw new IllegalArgumentException("daysForward must be >= 0, was " + daysForward);
            }
            if (!(elasticity >= 0.0) || !Double.isFinite(elasticity)) {
                throw new IllegalArgumentException("elasticity must be finite and >= 0, was " + elasticity);
            }
        }

        /** The same setting with VIX not moving with SPX (the rule's elasticity 0). */
        public Inputs(double spot, double vixShift, int daysForward) {
            this(spot, vixShift, daysForward, 0.0);
        }
    }

    /**
     * Greeks of one leg, one layer or a total, in the units a trader reads.
     *
     * @param label e.g. "Short 10 Put 4,750", "Tail SPX puts: SPX 4,500 put" or "With layers"
     * @param value mark (USD)
     * @param delta USD per SPX point, VIX held
     * @param gamma USD per SPX point squared, VIX held
     * @param vega USD per VIX point (the smile lifted by the skew model for SPX options; through the
     *     futures curve for VIX products)
     * @param theta USD per calendar day
     */
    public record GreekRow(String label, double value, double delta, double gamma, double vega, double theta) {
        GreekRow plus(GreekRow o, String newLabel) {
            return new GreekRow(newLabel, value + o.value, delta + o.delta, gamma + o.gamma, vega + o.vega,
                    theta + o.theta);
        }
    }

    /**
     * Everything the tab shows for one setting.
     *
     * @param inputs the setting
     * @param vixNow VIX at the slider's spot (index points)
     * @param profile the position alone: payoff at expiry and P&amp;L at T+n along the rule, spot marked
     * @param curves the position with its layers, for the chart
     * @param legs greeks per leg of the position
     * @param position the position's greeks
     * @param layers every layer at the slider's point (on or off, with its reason)
     * @param layerRows greeks of the layers that are on
     * @param total the position with its layers
     * @param pnlNow the position with its layers at the slider's point (USD)
     * @param positionPnlNow the position alone there (USD)
     * @param deltaAlongRule d(P&amp;L with layers)/dSPX with VIX moving by the rule (USD per SPX point)
     * @param table P&amp;L with layers by day and SPX move, VIX by the rule plus the shift
     */
    public record Result(Inputs inputs, double vixNow, PayoffProfile profile, HedgedPayoffChart.Curves curves,
                         List<GreekRow> legs, GreekRow position, List<LayerWhatIf.LayerValue> layers,
                         List<GreekRow> layerRows, GreekRow total, double pnlNow, double positionPnlNow,
                         double deltaAlongRule, PnlTable table) {
        public Result {
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(table, "table");
            legs = List.copyOf(legs);
            layers = List.copyOf(layers);
            layerRows = List.copyOf(layerRows);
        }
    }

    private final OptionStrategy strategy;
    private final MarketSnapshot market;
    private final SkewModel skew;
    private final AlvhPolicy policy;
    private final double capital;
    private final double[] grid;
    private final double[] atExpiry;
    private final double[] breakEvens;
    private final double[] tableSpots;
    private final int[] tableDays;
    private final double entryValue;
    private final int daysToExpiry;
    private final LayerWhatIf.Setup setup;

    /**
     * @param strategy the position (SPX legs, one expiry)
     * @param market the base snapshot (entry)
     * @param vix3m VIX3M at entry (index points; NaN when unknown), for term-structure triggers
     * @param skew the skew model
     * @param policy the hedge policy whose layers are shown with the position (an unhedged policy shows none)
     * @param capital account capital (USD), for the layers' size rules and the account's drawdown
     */
    public ExploreCalculator(OptionStrategy strategy, MarketSnapshot market, double vix3m, SkewModel skew,
                             AlvhPolicy policy, double capital) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.market = Objects.requireNonNull(market, "market");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.capital = capital;
        double s0 = market.spot();
        this.grid = PayoffAnalytics.linearGrid(s0 * (1 + LOWEST_MOVE), s0 * (1 + HIGHEST_MOVE), GRID_POINTS);
        PayoffProfile expiry = PayoffAnalytics.profile(strategy, market, skew, grid, 0, 0.0);
        this.atExpiry = expiry.pnlAtExpiry();
        this.breakEvens = expiry.breakEvens();
        this.tableSpots = new double[TABLE_COLUMNS];
        for (int c = 0; c < TABLE_COLUMNS; c++) {
            tableSpots[c] = s0 * (1 + LOWEST_MOVE + 0.05 * c);
        }
        this.tableDays = PayoffAnalytics.daysToExpiry(strategy, TABLE_STEP_DAYS);
        this.entryValue = StrategyValuation.value(strategy, market, skew);
        this.daysToExpiry = (int) Math.ceil(Act365.days(strategy.lastExpiry()) - 1e-9);
        double maxLoss = PositionAnalytics.summarize(strategy, market, skew).maxLoss();
        this.setup = new LayerWhatIf.Setup(market, vix3m, skew, new LayerWhatIf.Position() {
            @Override
            public double pnl(double spot, double vix, double days) {
                return positionPnl(spot, vix, (int) Math.round(days));
            }

            @Override
            public double[] pnl(double[] spots, double[] vix, double days) {
                return PayoffAnalytics.pnlAlong(strategy, market, skew, spots, vix, (int) Math.round(days));
            }

            @Override
            public double maxLoss() {
                return maxLoss;
            }
        }, capital);
    }

    /** The base snapshot (entry). */
    public MarketSnapshot market() {
        return market;
    }

    /** The policy whose layers are shown. */
    public AlvhPolicy policy() {
        return policy;
    }

    /** The chart grid (a copy; index points): -40 % to +20 % of the entry spot. */
    public double[] grid() {
        return grid.clone();
    }

    /** Calendar days from entry to the last expiry, rounded up. */
    public int daysToExpiry() {
        return daysToExpiry;
    }

    /** Model value at entry (USD; negative for a credit). */
    public double entryValue() {
        return entryValue;
    }

    /** VIX the rule gives at {@code spot} plus {@code shift}, floored at {@link MarketSnapshot#VIX_FLOOR}. */
    public double vixAt(double spot, double shift, double elasticity) {
        double rule = LayerWhatIf.SpotVolRule.DEFAULT.withElasticity(elasticity).vix(spot, market.spot(), market.vix());
        return Math.max(MarketSnapshot.VIX_FLOOR, rule + shift);
    }

    /** The position alone (USD) at a point. */
    double positionPnl(double spot, double vix, int days) {
        return PayoffAnalytics.pnlAlong(strategy, market, skew, new double[] {spot}, new double[] {vix}, days)[0];
    }

    private LayerWhatIf.Point point(double spot, double vix, int days) {
        return new LayerWhatIf.Point(spot, vix, days);
    }

    /** The numbers for one setting. */
    public Result compute(Inputs in) {
        int n = in.daysForward();
        double[] vix = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            vix[i] = vixAt(grid[i], in.vixShift(), in.elasticity());
        }
        double[] positionCurve = PayoffAnalytics.pnlAlong(strategy, market, skew, grid, vix, n);
        double[] hedgedCurve = new double[grid.length];
        boolean[][] on = new boolean[layerCount()][grid.length];
        double[] layerVix = new double[layerCount()];
        for (int i = 0; i < grid.length; i++) {
            List<LayerWhatIf.LayerValue> ls = LayerWhatIf.at(policy, setup, point(grid[i], vix[i], n));
            hedgedCurve[i] = positionCurve[i] + LayerWhatIf.totalPnl(ls);
            for (int l = 0; l < ls.size(); l++) {
                on[l][i] = ls.get(l).on();
            }
        }
        PayoffProfile profile = new PayoffProfile(grid, atExpiry, positionCurve, n, breakEvens, in.spot());
        HedgedPayoffChart.Curves curves = new HedgedPayoffChart.Curves(grid, atExpiry, positionCurve, hedgedCurve, vix,
                n, breakEvens, in.spot(), layerMarks(on, vix));

        double vixNow = vixAt(in.spot(), in.vixShift(), in.elasticity());
        double elapsed = Act365.years(n);
        List<OptionLeg> rolled = new ArrayList<>();
        for (OptionLeg leg : strategy.legs()) {
            double tau = leg.expiry() - elapsed;
            rolled.add(leg.withExpiry(tau > 1e-12 ? tau : 0.0)); // as PayoffAnalytics: exactly 0 at expiry
        }
        MultiLegStrategy later = new MultiLegStrategy(strategy.name(), rolled);
        // The smile stays anchored on the base spot (sticky strike), lifted to the VIX now.
        MarketSnapshot anchor = market.withVix(vixNow);
        VolSurface surface = skew.surface(anchor);
        MarketSnapshot now = market.withSpot(in.spot());
        List<Greeks> legGreeks = StrategyValuation.legGreeks(later, now, surface);
        double[] vixVegas = StrategyValuation.legVixVegas(later, now, anchor, skew);
        List<GreekRow> rows = new ArrayList<>();
        GreekRow position = new GreekRow("Position", 0, 0, 0, 0, 0);
        for (int i = 0; i < rolled.size(); i++) {
            Greeks g = legGreeks.get(i);
            GreekRow row = new GreekRow(legLabel(strategy.legs().get(i)), g.price(), g.delta(), g.gamma(), vixVegas[i],
                    g.theta() / 365.0);
            rows.add(row);
            position = position.plus(row, "Position");
        }
        double positionPnlNow = position.value() - entryValue;
        List<LayerWhatIf.LayerValue> layers = LayerWhatIf.at(policy, setup, point(in.spot(), vixNow, n));
        List<GreekRow> layerRows = new ArrayList<>();
        GreekRow total = position.plus(new GreekRow("", 0, 0, 0, 0, 0), "With layers");
        for (LayerWhatIf.LayerValue v : layers) {
            if (v.on()) {
                GreekRow row = new GreekRow(v.name() + ": " + v.instrument().name(), v.value(), v.delta(), v.gamma(),
                        v.vega(), v.theta());
                layerRows.add(row);
                total = total.plus(row, "With layers");
            }
        }
        double pnlNow = positionPnlNow + LayerWhatIf.totalPnl(layers);
        double h = 1.0;
        double deltaAlongRule = (hedged(in.spot() + h, in, n) - hedged(in.spot() - h, in, n)) / (2 * h);
        return new Result(in, vixNow, profile, curves, rows, position, layers, layerRows, total, pnlNow,
                positionPnlNow, deltaAlongRule, table(in));
    }

    private int layerCount() {
        return policy.layers().size() + (policy.reserve().active() ? 1 : 0);
    }

    /** P&amp;L with layers at {@code spot}, VIX by the rule plus the shift, {@code days} ahead (USD). */
    private double hedged(double spot, Inputs in, int days) {
        double v = vixAt(spot, in.vixShift(), in.elasticity());
        return positionPnl(spot, v, days) + LayerWhatIf.totalPnl(LayerWhatIf.at(policy, setup, point(spot, v, days)));
    }

    /** The last table and the shift and elasticity it was made for: it depends on nothing else. */
    private record TableMemo(double shift, double elasticity, PnlTable table) {
    }

    private volatile TableMemo tableMemo;

    private PnlTable table(Inputs in) {
        TableMemo memo = tableMemo;
        if (memo != null && memo.shift() == in.vixShift() && memo.elasticity() == in.elasticity()) {
            return memo.table();
        }
        PnlTable t = computeTable(in);
        tableMemo = new TableMemo(in.vixShift(), in.elasticity(), t);
        return t;
    }

    private PnlTable computeTable(Inputs in) {
        double[][] rows = new double[tableDays.length][tableSpots.length];
        for (int r = 0; r < tableDays.length; r++) {
            for (int c = 0; c < tableSpots.length; c++) {
                rows[r][c] = hedged(tableSpots[c], in, tableDays[r]);
            }
        }
        return new PnlTable(tableDays, tableSpots, rows);
    }

    /**
     * Where each layer that is off at the entry spot first switches on moving away from it along the
     * grid, on either side, with the VIX there.
     */
    private List<HedgedPayoffChart.LayerMark> layerMarks(boolean[][] on, double[] vix) {
        List<String> names = new ArrayList<>();
        for (HedgeLayer l : policy.layers()) {
            names.add(l.name());
        }
        if (policy.reserve().active()) {
            names.add(policy.reserve().deployment().name());
        }
        int centre = 0;
        while (centre < grid.length - 1 && grid[centre] < market.spot()) {
            centre++;
        }
        List<HedgedPayoffChart.LayerMark> marks = new ArrayList<>();
        for (int l = 0; l < on.length; l++) {
            if (on[l][centre]) {
                continue; // on at entry: nothing switches
            }
            for (int step : new int[] {-1, 1}) {
                for (int i = centre; i >= 0 && i < grid.length; i += step) {
                    if (on[l][i]) {
                        marks.add(new HedgedPayoffChart.LayerMark(grid[i], names.get(l) + " on (VIX "
                                + Formats.decimal(vix[i], 1) + ")"));
                        break;
                    }
                }
            }
        }
        return marks;
    }

    /**
     * The heat map at {@code days} forward: P&amp;L with layers over SPX moves x VIX levels (each cell's
     * own VIX, whatever the rule), with the rule's line, the layers' VIX trigger levels and the point
     * of {@code in} drawn over it.
     */
    public PnlHeatMapChart.Grid heatMap(Inputs in) {
        int n = in.daysForward();
        int cols = (int) Math.round((HIGHEST_MOVE - LOWEST_MOVE) * 100 / HEAT_MOVE_STEP) + 1;
        int rows = (int) Math.round((HEAT_VIX_HIGH - HEAT_VIX_LOW) / HEAT_VIX_STEP) + 1;
        double[] moves = new double[cols];
        double[] levels = new double[rows];
        double[] spots = new double[cols];
        for (int c = 0; c < cols; c++) {
            moves[c] = 100 * LOWEST_MOVE + c * HEAT_MOVE_STEP;
            spots[c] = market.spot() * (1 + moves[c] / 100);
        }
        double[][] pnl = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            levels[r] = HEAT_VIX_LOW + r * HEAT_VIX_STEP;
            double[] v = new double[cols];
            java.util.Arrays.fill(v, levels[r]);
            double[] position = PayoffAnalytics.pnlAlong(strategy, market, skew, spots, v, n);
            for (int c = 0; c < cols; c++) {
                pnl[r][c] = position[c] + LayerWhatIf.totalPnl(LayerWhatIf.at(policy, setup, point(spots[c], levels[r], n)));
            }
        }
        return overlays(moves, levels, pnl, in);
    }

    /**
     * The heat map {@code cells} (computed for the same days forward) with the rule's line and the point of
     * {@code in}: what changes when the spot, the shift or the rule moves but the days do not.
     */
    public PnlHeatMapChart.Grid heatMap(Inputs in, PnlHeatMapChart.Grid cells) {
        return overlays(cells.movesPercent(), cells.vixLevels(), cells.pnl(), in);
    }

    private PnlHeatMapChart.Grid overlays(double[] moves, double[] levels, double[][] pnl, Inputs in) {
        double[] ruleMoves = new double[grid.length];
        double[] ruleVix = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            ruleMoves[i] = 100 * (grid[i] / market.spot() - 1);
            ruleVix[i] = vixAt(grid[i], in.vixShift(), in.elasticity());
        }
        return new PnlHeatMapChart.Grid(moves, levels, pnl, ruleMoves, ruleVix, triggerLevels(),
                100 * (in.spot() / market.spot() - 1), vixAt(in.spot(), in.vixShift(), in.elasticity()));
    }

    /** The VIX levels the policy's triggers watch (layers, then the reserve's breach). */
    public List<Double> triggerLevels() {
        List<Double> out = new ArrayList<>();
        policy.layers().forEach(l -> out.addAll(TriggerExplanation.vixLevels(l.entry())));
        if (policy.reserve().active()) {
            out.addAll(TriggerExplanation.vixLevels(policy.reserve().breach()));
        }
        return out.stream().distinct().toList();
    }

    static String legLabel(OptionLeg leg) {
        return String.format(Locale.US, "%s %s %s %,.0f", leg.quantity() > 0 ? "Long" : "Short",
                Formats.points(Math.abs(leg.quantity())), leg.type() == OptionType.PUT ? "Put" : "Call",
                leg.strike());
    }
}
