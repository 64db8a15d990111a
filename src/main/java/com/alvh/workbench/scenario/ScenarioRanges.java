package com.alvh.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The plausible range of every number in a scenario file: a value outside is refused at its JSON
 * path with the range, before any model sees it (a Heston {@code sigma} of 1e9 or a spot of 1e12 is
 * a typing slip, not a scenario). The ranges are wide on purpose: every real market since 1990 and
 * every stress a user may want lies inside; only values that make no sense, or that break the
 * numerics, lie outside. The same table is documented in {@code docs/scenario-format.md} and written
 * into {@code docs/scenario.schema.json} (ScenarioRangesTest holds them together).
 *
 * <p>A field is found by a key: {@code TYPE.FIELD} inside an object with a {@code type} (a model, a
 * condor rule, a strike or size rule, a trigger), else {@code OBJECT.FIELD} with the object's own
 * name ({@code market.spot}, {@code layers.tenorDays}, {@code deployment.tenorDays}; the file's own
 * fields are {@code scenario.FIELD}). The DeFi {@code parameters} have their own declared ranges
 * ({@code defi.DefiSamples}).
 */
public final class ScenarioRanges {

    /**
     * A closed range of a number.
     *
     * @param key where it applies (see the class comment)
     * @param min smallest value accepted
     * @param max largest value accepted
     * @param unit the unit, as written after the range in messages ("index points", "per year", ...)
     * @param integer whether the field is an integer
     */
    public record Range(String key, double min, double max, String unit, boolean integer) {
        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException(key + ": min " + min + " above max " + max);
            }
        }

        /** Whether {@code v} lies in the range. */
        public boolean contains(double v) {
            return v >= min && v <= max;
        }

        /** The range as a message writes it, e.g. {@code [5, 150] VIX points}. */
        public String text() {
            return "[" + number(min) + ", " + number(max) + "]" + (unit.isEmpty() ? "" : " " + unit);
        }

        /** The problem of a value outside, e.g. {@code must be in [5, 150] VIX points, was 5000}. */
        public String problem(double value) {
            return "must be in " + text() + ", was " + number(value);
        }
    }

    private static final Map<String, Range> RANGES = build();

    private ScenarioRanges() {
    }

    /** Every range, in the order of the format document. */
    public static Collection<Range> all() {
        return RANGES.values();
    }

    /** The range of a key, or null when the field has none here (a text, a date, a DeFi parameter). */
    public static Range of(String key) {
        return RANGES.get(key);
    }

    /**
     * The key of {@code field} inside the object {@code node} found at JSON path {@code path}
     * ({@code $.policy.layers[2]} is {@code layers}; an object with a textual {@code type} is named by it).
     */
    static String key(String path, JsonNode node, String field) {
        JsonNode type = node == null ? null : node.get("type");
        if (type != null && type.isTextual()) {
            return type.textValue() + "." + field;
        }
        if (path.equals("$")) {
            return "scenario." + field;
        }
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return (bracket >= 0 ? last.substring(0, bracket) : last) + "." + field;
    }

    /** A number without a needless ".0" or exponent where a plain form reads better. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        if (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }

    // ------------------------------------------------------------------ the table

    private static Map<String, Range> build() {
        Map<String, Range> m = new LinkedHashMap<>();
        // The file.
        num(m, "scenario.capital", 1_000, 1e10, "USD");
        // The market at the start.
        num(m, "market.spot", 10, 100_000, "index points");
        num(m, "market.vix", 5, 150, "VIX points");
        num(m, "market.vix3m", 5, 150, "VIX points");
        num(m, "market.rate", -0.05, 0.25, "per year");
        num(m, "market.dividendYield", 0, 0.2, "per year");
        num(m, "market.vixOptionVol", 0.05, 5, "per sqrt(year)");
        num(m, "vixCurve.longRunLevel", 5, 100, "VIX points");
        num(m, "vixCurve.meanReversion", 0, 50, "per year");
        num(m, "skew.atmRatio", 0.5, 1.5, "");
        num(m, "skew.rho", -0.999, 0.999, "");
        num(m, "skew.eta", 0, 2, "");
        num(m, "skew.gamma", 0.01, 0.5, "");
        num(m, "riskPremia.volatility", 0, 1, "");
        num(m, "riskPremia.equity", -0.2, 0.3, "per year");
        // The models.
        for (String heston : new String[] {"heston", "bates"}) {
            num(m, heston + ".v0", 0.0001, 2.25, "per year (variance)");
            num(m, heston + ".kappa", 0.01, 50, "per year");
            num(m, heston + ".theta", 0.0001, 2.25, "per year (variance)");
            num(m, heston + ".sigma", 0.01, 5, "per sqrt(year)");
            num(m, heston + ".rho", -0.999, 0.999, "");
        }
        num(m, "bates.jumpIntensity", 0, 100, "jumps per year");
        num(m, "bates.jumpMean", -1, 1, "(log-jump)");
        num(m, "bates.jumpVol", 0, 2, "(log-jump)");
        num(m, "bates.varianceJumpMean", 0, 1, "per year (variance)");
        num(m, "hestonCalibrated.rho", -0.999, 0.999, "");
        num(m, "gbm.vol", 0.01, 3, "per sqrt(year)");
        num(m, "bootstrap.meanBlockDays", 1, 252, "trading days");
        integer(m, "bootstrap.neighbours", 1, 5_000, "trading days");
        // How much to simulate.
        integer(m, "simulation.paths", 1, SimulationSpec.MAX_PATHS, "");
        integer(m, "simulation.steps", 1, SimulationSpec.MAX_STEPS, "trading days");
        integer(m, "simulation.threads", 0, 1024, "(0 = all cores)");
        // The condor.
        integer(m, "condor.daysToExpiry", 1, 3_650, "calendar days");
        num(m, "condor.contracts", 0.01, 100_000, "condors");
        num(m, "delta.shortDelta", 0.01, 0.49, "");
        num(m, "delta.longDelta", 0.001, 0.49, "");
        num(m, "distance.shortPercent", 0, 0.49, "(fraction of spot)");
        num(m, "distance.wingPercent", 0.001, 0.49, "(fraction of spot)");
        num(m, "management.takeProfitFraction", 0.01, 1, "(of the credit)");
        num(m, "management.stopLossMultiple", 0.1, 20, "(of the credit)");
        integer(m, "management.closeAtDaysToExpiry", 0, 3_649, "calendar days");
        // The position stated leg by leg (position section; a leg is named by its type, put or call).
        num(m, "position.contracts", 0.01, 100_000, "units of the position");
        num(m, "collateralised.maxLossMultiple", 1, 1_000, "(account equity per USD of max loss)");
        integer(m, "days.days", 1, 3_650, "calendar days");
        for (String leg : new String[] {"put", "call"}) {
            num(m, leg + ".quantity", -1_000, 1_000, "contracts per unit (signed, non-zero)");
            integer(m, leg + ".beyond", 0, 11, "(leg index)");
        }
        num(m, "percentFromSpot.percent", -0.99, 9.99, "(fraction of spot)");
        integer(m, "percentFromLeg.leg", 0, 11, "(leg index)");
        num(m, "percentFromLeg.percent", -0.99, 0.99, "(fraction of spot, non-zero)");
        integer(m, "pointsFromLeg.leg", 0, 11, "(leg index)");
        num(m, "pointsFromLeg.points", -50_000, 50_000, "index points (non-zero)");
        // Trading costs.
        num(m, "costs.commissionPerContract", 0, 100, "USD");
        num(m, "costs.spxSpreadFraction", 0, 1, "(of the mid)");
        num(m, "costs.spxMinSpread", 0, 100, "index points");
        num(m, "costs.vixSpreadFraction", 0, 1, "(of the mid)");
        num(m, "costs.vixMinSpread", 0, 10, "VIX points");
        num(m, "costs.slippageFraction", 0, 1, "(of the half-spread)");
        // Hedge layers: the policy's and the reserve's deployment layer.
        for (String layer : new String[] {"layers", "deployment"}) {
            num(m, layer + ".spreadWidth", 0, 100, "VIX points");
            integer(m, layer + ".tenorDays", 1, 1_095, "calendar days");
            integer(m, layer + ".cooldownDays", 0, 1_095, "trading days");
        }
        num(m, "absolute.strike", 0.01, 100_000, "index points");
        num(m, "percentFromReference.percent", -0.99, 10, "(fraction of the reference)");
        num(m, "delta.delta", 0.001, 0.999, "");
        num(m, "contracts.contracts", 0.01, 100_000, "contracts");
        num(m, "fractionOfMaxLoss.fraction", 0.0001, 1, "");
        num(m, "vegaRatio.ratio", 0.001, 10, "");
        num(m, "fractionOfCapital.fraction", 0.0001, 1, "");
        num(m, "cashBudget.usd", 1, 1e9, "USD");
        // A VIX level out of reach (up to 1,000) is how a file switches a trigger or an exit off.
        num(m, "exit.monetiseVixAbove", 5, 1_000, "VIX points");
        num(m, "exit.monetiseFraction", 0.01, 1, "");
        num(m, "exit.takeProfitMultiple", 1.01, 100, "(of the premium paid)");
        integer(m, "exit.exitDaysToExpiry", 0, 1_094, "calendar days");
        num(m, "reserve.capital", 0, 1e10, "USD");
        num(m, "reserve.costRate", 0, 1, "per year");
        // Triggers.
        num(m, "vixAbove.level", 1, 1_000, "VIX points");
        num(m, "vixBelow.level", 1, 1_000, "VIX points");
        num(m, "vixFutureBetween.low", 0, 200, "VIX points");
        num(m, "vixFutureBetween.high", 1, 200, "VIX points");
        integer(m, "vixFutureBetween.tenorDays", 1, 365, "calendar days");
        num(m, "vixRatioAbove.ratio", 0.1, 5, "(VIX / VIX3M)");
        num(m, "portfolioDrawdownAbove.fraction", 0.001, 0.999, "(of the peak)");
        num(m, "spxDrawdownAbove.fraction", 0.001, 0.999, "(of the peak)");
        num(m, "indicatorAbove.threshold", -100_000, 100_000, "(RSI 0..100, MACD in index points, distance a fraction)");
        num(m, "indicatorBelow.threshold", -100_000, 100_000, "(RSI 0..100, MACD in index points, distance a fraction)");
        integer(m, "eventWithin.tradingDays", 0, 252, "trading days");
        num(m, "realisedVolAbove.vol", 0.01, 5, "per sqrt(year)");
        num(m, "pegDeviationAbove.deviation", 0.0001, 0.999, "(fraction of the peg)");
        return Collections.unmodifiableMap(m);
    }

    private static void num(Map<String, Range> m, String key, double min, double max, String unit) {
        m.put(key, new Range(key, min, max, unit, false));
    }

    private static void integer(Map<String, Range> m, String key, double min, double max, String unit) {
        m.put(key, new Range(key, min, max, unit, true));
    }
}
