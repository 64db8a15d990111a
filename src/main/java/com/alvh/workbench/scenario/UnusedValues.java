package com.alvh.workbench.scenario;

import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.VixUnderHeston;
import com.alvh.workbench.sim.HistoricalVixFutures;
import com.alvh.workbench.sim.HistoricalVixOptionVols;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values of a scenario that are valid but that the chosen model does not use: warnings, printed by
 * {@code validate}, {@code run} and the report, so a changed number never seems to have no effect
 * for no reason. Decided per field (docs/scenario-format.md, "Values a model does not use"):
 * <ul>
 *   <li>On model paths (Heston, Bates, GBM) the paths start at the model's own VIX and VIX3M (as
 *       quoted, with the volatility premium): {@code market.vix} or {@code market.vix3m} more than
 *       {@value #TOLERANCE_PERCENT} % away from those are warned, with the {@code v0} that would give the
 *       stated VIX. The fitted Heston starts at {@code market.vix} (used), its VIX3M is the model's.</li>
 *   <li>On Heston-family paths VIX options and futures are priced off the model's own VIX, so
 *       {@code market.vixOptionVol} and {@code market.vixCurve} are not used: warned when changed from
 *       the defaults every new scenario carries ({@link MarketSnapshot#DEFAULT_VIX_OPTION_VOL},
 *       {@link VixTermStructure#DEFAULT}).</li>
 *   <li>A replay starts at the history's close: {@code market.spot}, {@code vix} and {@code vix3m} more
 *       than {@value #TOLERANCE_PERCENT} % away from it are warned. Replays and the bootstrap are real-world
 *       history: non-zero {@code market.riskPremia} are warned.</li>
 * </ul>
 */
final class UnusedValues {

    /** How far (percent of the value the run uses) a stated start may lie before it is warned. */
    static final int TOLERANCE_PERCENT = 10;

    private UnusedValues() {
    }

    /**
     * The warnings of a scenario.
     *
     * @param spec the scenario as stated
     * @param quotedModel the Heston model whose VIX the paths start at (Heston, Bates, the fitted
     *     Heston), or null
     * @param replayed the replayed days of a replay, or null
     */
    static List<ScenarioProblem> find(ScenarioSpec spec, HestonModel quotedModel, MarketHistory replayed) {
        MarketHistory replayStart = replayed;
        List<ScenarioProblem> out = new ArrayList<>();
        MarketSpec m = spec.market();
        ModelSpec model = spec.model();
        String name = modelName(model);
        double premium = 1.0 + m.volatilityPremium();
        if (quotedModel != null) {
            if (!(model instanceof ModelSpec.CalibratedHeston)) {
                double vix = premium * VixUnderHeston.spotVix(quotedModel);
                if (far(m.vix(), vix)) {
                    double v0 = ScenarioResolver.startingVariance(quotedModel, m.vix() / premium);
                    out.add(new ScenarioProblem("$.market.vix", f("%s is not used by the %s model: its paths start at "
                            + "VIX %.2f (model.v0 %s%s); for VIX %s set model.v0 to about %.4f", num(m.vix()), name,
                            vix, num(quotedModel.v0()), premiumText(m), num(m.vix()), v0)));
                }
            }
            double vix3m = premium * VixUnderHeston.volatilityIndex(quotedModel, quotedModel.v0(), 91.0 / 365.0);
            if (far(m.vix3m(), vix3m)) {
                out.add(new ScenarioProblem("$.market.vix3m", f("%s is not used by the %s model: its paths start at "
                        + "VIX3M %.2f, the model's own%s", num(m.vix3m()), name, vix3m, premiumText(m))));
            }
            if (m.vixOptionVol() != MarketSnapshot.DEFAULT_VIX_OPTION_VOL) {
                out.add(new ScenarioProblem("$.market.vixOptionVol", f("%s is not used by the %s model: VIX options "
                        + "are quoted off the model's own VIX (the run's description gives their vols)",
                        num(m.vixOptionVol()), name)));
            }
            if (!m.vixCurve().equals(VixTermStructure.DEFAULT)) {
                out.add(new ScenarioProblem("$.market.vixCurve", f("is not used by the %s model: VIX futures come "
                        + "from the model's own variance", name)));
            }
        } else if (model instanceof ModelSpec.Gbm g) {
            double vix = 100.0 * g.vol() * premium;
            if (far(m.vix(), vix)) {
                out.add(new ScenarioProblem("$.market.vix", f("%s is not used by the gbm model: its VIX stays at "
                        + "100 x vol%s = %.2f", num(m.vix()), m.volatilityPremium() == 0.0 ? "" : " x (1 + premium)", vix)));
            }
            if (far(m.vix3m(), vix)) {
                out.add(new ScenarioProblem("$.market.vix3m", f("%s is not used by the gbm model: its VIX3M stays at "
                        + "%.2f", num(m.vix3m()), vix)));
            }
        }
        if (replayStart != null) {
            String day = replayStart.date(0).toString();
            List<String> unused = new ArrayList<>();
            if (far(m.spot(), replayStart.spxClose(0))) {
                unused.add(f("spot %s (SPX closed at %.2f)", num(m.spot()), replayStart.spxClose(0)));
            }
            if (far(m.vix(), replayStart.vixClose(0))) {
                unused.add(f("vix %s (VIX closed at %.2f)", num(m.vix()), replayStart.vixClose(0)));
            }
            if (!Double.isNaN(replayStart.vix3mClose(0)) && far(m.vix3m(), replayStart.vix3mClose(0))) {
                unused.add(f("vix3m %s (VIX3M closed at %.2f)", num(m.vix3m()), replayStart.vix3mClose(0)));
            }
            if (!unused.isEmpty()) {
                out.add(new ScenarioProblem("$.market", "not used by a replay, which starts at the history's close on "
                        + day + ": " + String.join(", ", unused)));
            }
        }
        if (replayed != null) {
            // Real futures settles and VVIX-based vols price the hedges; the file's curve and vol stand in only
            // on days without them (before 2007), and the run's description says on how many.
            if (!m.vixCurve().equals(VixTermStructure.DEFAULT)
                    && !HistoricalVixFutures.describe(replayed, m.vixCurve(), false).contains("stands in")) {
                out.add(new ScenarioProblem("$.market.vixCurve", "is not used by this replay: Cboe's VIX futures "
                        + "settle on every replayed day (the curve stands in only before 2007-04-02)"));
            }
            if (m.vixOptionVol() != MarketSnapshot.DEFAULT_VIX_OPTION_VOL
                    && !HistoricalVixOptionVols.describe(replayed, m.vixOptionVol(), false).contains("stands in")) {
                out.add(new ScenarioProblem("$.market.vixOptionVol", f("%s is not used by this replay: VIX options "
                        + "are priced at the day's VVIX on every replayed day (the flat vol stands in only before %s)",
                        num(m.vixOptionVol()), HistoricalVixOptionVols.FIRST_RELIABLE)));
            }
        }
        boolean history = model instanceof ModelSpec.Replay || model instanceof ModelSpec.Bootstrap;
        if (history && (m.volatilityPremium() != 0.0 || m.equityPremium() != 0.0)) {
            out.add(new ScenarioProblem("$.market.riskPremia", "not used by the " + name + " model: real history "
                    + "carries its own premia (set them to 0 or leave riskPremia out)"));
        }
        return List.copyOf(out);
    }

    /**
     * The bootstrap's VIX3M is each sampled day's, scaled to the path's VIX: {@code market.vix3m} more
     * than {@value #TOLERANCE_PERCENT} % away from the mean VIX3M its paths start at is warned.
     *
     * @param m the market as stated
     * @param startingVix3m the mean VIX3M the bootstrap's paths start at (NaN: no start day has one)
     * @return the warning, if any
     */
    static java.util.Optional<ScenarioProblem> bootstrapVix3m(MarketSpec m, double startingVix3m) {
        if (Double.isNaN(startingVix3m) || !far(m.vix3m(), startingVix3m)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ScenarioProblem("$.market.vix3m", f("%s is not used by the bootstrap: a "
                + "path's VIX3M is its sampled day's scaled to the path's VIX; the paths start at VIX3M %.2f on "
                + "average", num(m.vix3m()), startingVix3m)));
    }

    private static boolean far(double stated, double used) {
        return Math.abs(stated - used) > TOLERANCE_PERCENT / 100.0 * Math.abs(used);
    }

    private static String premiumText(MarketSpec m) {
        return m.volatilityPremium() == 0.0 ? "" : f(", quoted %s %% above the model's own VIX",
                num(100 * m.volatilityPremium()));
    }

    private static String modelName(ModelSpec model) {
        if (model instanceof ModelSpec.Heston) {
            return "heston";
        }
        if (model instanceof ModelSpec.Bates) {
            return "bates";
        }
        if (model instanceof ModelSpec.CalibratedHeston) {
            return "hestonCalibrated";
        }
        if (model instanceof ModelSpec.Gbm) {
            return "gbm";
        }
        return model instanceof ModelSpec.Replay ? "replay" : "bootstrap";
    }

    private static String num(double v) {
        return ScenarioRanges.number(v);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
