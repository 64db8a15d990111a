package com.alvh.workbench.ui.explore;

import com.alvh.workbench.ui.common.Formats;

import com.alvh.workbench.analytics.PayoffAnalytics;
import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.analytics.PnlTable;
import com.alvh.workbench.analytics.StrategyValuation;
import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VolSurface;
import com.alvh.workbench.product.MultiLegStrategy;
import com.alvh.workbench.product.OptionLeg;
import com.alvh.workbench.product.OptionStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The numbers of the Explore tab for one setting of its sliders, all from the analytics package:
 * the payoff curves, the greeks per leg and in total, the P&amp;L where spot now is, and the
 * P&amp;L table by date and price. Pure and thread-safe; no JavaFX.
 *
 * <p>What-if conventions are those of {@link PayoffAnalytics}: P&amp;L in USD against the entry
 * value at the base snapshot; {@code n} days forward each leg has {@code T - n/365} left; vols
 * from the skew model anchored on the base spot with VIX moved by the shift (sticky strike). The
 * greeks and the P&amp;L now are taken at the slider's spot under exactly those conventions, so
 * the P&amp;L now lies on the T+n curve.
 */
public final class ExploreCalculator {

    /** Spacing of the P&amp;L table's rows (calendar days). */
    public static final int TABLE_STEP_DAYS = 5;
    /** The P&amp;L table's columns: spot from -12 % to +12 % of the base spot in 2 % steps. */
    public static final double TABLE_HALF_WIDTH = 0.12;
    public static final int TABLE_COLUMNS = 13;

    /**
     * One slider setting.
     *
     * @param spot SPX now (index points, &gt; 0)
     * @param vixShift VIX move from the base snapshot (VIX points)
     * @param daysForward calendar days after entry (&gt;= 0)
     */
    public record Inputs(double spot, double vixShift, int daysForward) {
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
        }
    }

    /**
     * Greeks of one leg or of the position, in the units a trader reads.
     *
     * @param label e.g. "Short 10 Put 4,750" or "Position"
     * @param value mark (USD)
     * @param delta USD per SPX point
     * @param gamma USD per SPX point squared
     * @param vega USD per one vol point (0.01)
     * @param theta USD per calendar day
     */
    public record GreekRow(String label, double value, double delta, double gamma, double vega, double theta) {
        static GreekRow of(String label, Greeks g) {
            return new GreekRow(label, g.price(), g.delta(), g.gamma(), g.vega() / 100.0, g.theta() / 365.0);
        }
    }

    /**
     * Everything the tab shows for one setting.
     *
     * @param inputs the setting
     * @param profile payoff at expiry and at T+n over the chart grid, spot marked at {@code inputs.spot}
     * @param legs greeks per leg, in leg order
     * @param total the position's greeks
     * @param pnlNow P&amp;L at the slider's spot, n days forward (USD)
     * @param table P&amp;L by date and price at this VIX shift
     */
    public record Result(Inputs inputs, PayoffProfile profile, List<GreekRow> legs, GreekRow total, double pnlNow,
                         PnlTable table) {
        public Result {
            Objects.requireNonNull(inputs, "inputs");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(table, "table");
            legs = List.copyOf(legs);
        }
    }

    private final OptionStrategy strategy;
    private final MarketSnapshot market;
    private final SkewModel skew;
    private final double[] grid;
    private final double[] tableSpots;
    private final int[] tableDays;
    private final double entryValue;
    private final int daysToExpiry;

    /**
     * @param strategy the position (SPX legs, one expiry)
     * @param market the base snapshot (entry)
     * @param skew the skew model
     * @param grid the chart's SPX grid, ascending (index points)
     */
    public ExploreCalculator(OptionStrategy strategy, MarketSnapshot market, SkewModel skew, double[] grid) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.market = Objects.requireNonNull(market, "market");
        this.skew = Objects.requireNonNull(skew, "skew");
        this.grid = grid.clone();
        this.tableSpots = PayoffAnalytics.spotGrid(market.spot(), TABLE_HALF_WIDTH, TABLE_COLUMNS);
        this.tableDays = PayoffAnalytics.daysToExpiry(strategy, TABLE_STEP_DAYS);
        this.entryValue = StrategyValuation.value(strategy, market, skew);
        this.daysToExpiry = (int) Math.ceil(Act365.days(strategy.lastExpiry()) - 1e-9);
    }

    /** The base snapshot (entry). */
    public MarketSnapshot market() {
        return market;
    }

    /** The chart grid (a copy; index points). */
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

    /** The numbers for one slider setting. */
    public Result compute(Inputs in) {
        PayoffProfile curves = PayoffAnalytics.profile(strategy, market, skew, grid, in.daysForward(), in.vixShift());
        PayoffProfile profile = new PayoffProfile(curves.spots(), curves.pnlAtExpiry(), curves.pnlAtHorizon(),
                curves.horizonDays(), curves.breakEvens(), in.spot());

        double elapsed = Act365.years(in.daysForward());
        List<OptionLeg> rolled = new ArrayList<>();
        for (OptionLeg leg : strategy.legs()) {
            double tau = leg.expiry() - elapsed;
            rolled.add(leg.withExpiry(tau > 1e-12 ? tau : 0.0)); // as PayoffAnalytics: exactly 0 at expiry
        }
        MultiLegStrategy later = new MultiLegStrategy(strategy.name(), rolled);
        // The smile stays anchored on the base spot (sticky strike), moved only by the VIX shift.
        VolSurface surface = skew.surface(market.withVixShift(in.vixShift()));
        MarketSnapshot now = market.withSpot(in.spot());
        List<Greeks> legGreeks = StrategyValuation.legGreeks(later, now, surface);
        List<GreekRow> rows = new ArrayList<>();
        Greeks sum = Greeks.ZERO;
        for (int i = 0; i < rolled.size(); i++) {
            rows.add(GreekRow.of(legLabel(strategy.legs().get(i)), legGreeks.get(i)));
            sum = sum.plus(legGreeks.get(i));
        }
        double pnlNow = sum.price() - entryValue;
        PnlTable table = PayoffAnalytics.pnlTable(strategy, market, skew, tableSpots, tableDays, in.vixShift());
        return new Result(in, profile, rows, GreekRow.of("Position", sum), pnlNow, table);
    }

    static String legLabel(OptionLeg leg) {
        return String.format(Locale.US, "%s %s %s %,.0f", leg.quantity() > 0 ? "Long" : "Short",
                Formats.points(Math.abs(leg.quantity())), leg.type() == OptionType.PUT ? "Put" : "Call",
                leg.strike());
    }
}
