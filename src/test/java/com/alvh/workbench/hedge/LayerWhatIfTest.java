package com.alvh.workbench.hedge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import com.alvh.workbench.analytics.HedgeValuation;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.Black76;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.product.SpxPut;
import com.alvh.workbench.product.VixCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The static layer valuation against the closed forms it must reduce to (Black-76 for VIX calls on
 * the curve's future, Black-Scholes for SPX puts), its budget identities, its trigger walk and its
 * finite-difference greeks.
 */
class LayerWhatIfTest {

    private static final double TOL = 1e-9;
    private static final MarketSnapshot ENTRY = MarketSnapshot.of(5000, 16, 0.04, 0.013);
    private static final double MAX_LOSS = 100_000;
    private static final double CAPITAL = 1_000_000;

    /** A position worth nothing anywhere: only its maximum loss matters (sizing). */
    private static final LayerWhatIf.Position FLAT = new LayerWhatIf.Position() {
        @Override
        public double pnl(double spot, double vix, double days) {
            return 0.0;
        }

        @Override
        public double maxLoss() {
            return MAX_LOSS;
        }
    };

    private static final LayerWhatIf.Setup SETUP = new LayerWhatIf.Setup(ENTRY, SkewModel.DEFAULT, FLAT, CAPITAL);

    private static HedgeLayer layer(String name, HedgeInstrumentKind kind, StrikeRule strike, int tenor, SizeRule size,
                                    Trigger entry) {
        return new HedgeLayer(name, kind, strike, kind == HedgeInstrumentKind.VIX_CALL_SPREAD ? 10 : 0, tenor, size,
                entry, ExitRule.HOLD, false, 0);
    }

    private static LayerWhatIf.LayerValue only(HedgeLayer layer, LayerWhatIf.Point point) {
        return LayerWhatIf.at(new AlvhPolicy("p", List.of(layer), Reserve.NONE), SETUP, point).get(0);
    }

    @Test
    void theSpotVolRuleIsAPowerLawThroughTheEntryPointWithACap() {
        LayerWhatIf.SpotVolRule rule = LayerWhatIf.SpotVolRule.DEFAULT;
        assertThat(rule.vix(5000, 5000, 16)).isCloseTo(16.0, offset(TOL));
        assertThat(rule.vix(4500, 5000, 16)).isCloseTo(16 * Math.pow(0.9, -4), offset(TOL)); // 24.39
        assertThat(rule.vix(2000, 5000, 16)).isEqualTo(90.0);
        assertThat(rule.withElasticity(0).vix(3000, 5000, 16)).isEqualTo(16.0);
        assertThatIllegalArgumentException().isThrownBy(() -> new LayerWhatIf.SpotVolRule(-1, 90))
                .withMessageContaining("elasticity");
    }

    @Test
    void anAlwaysOnVixCallAtEntryCostsItsBlack76PriceOnTheCurvesFutureAndIsFlat() {
        HedgeLayer base = layer("Base", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Absolute(20), 30,
                new SizeRule.Contracts(10), new Trigger.Always());
        LayerWhatIf.LayerValue v = only(base, new LayerWhatIf.Point(5000, 16, 0));
        double tau = 30 / 365.0;
        double f = ENTRY.vixFuture(tau);
        double expected = 10 * 100 * Black76.price(OptionType.CALL, f, 20, tau, 0.04, ENTRY.vixOptionVol());
        assertThat(v.on()).isTrue();
        assertThat(v.reason()).isEqualTo("always on");
        assertThat(v.entryDay()).isZero();
        assertThat(v.cost()).isCloseTo(expected, offset(1e-6));
        assertThat(v.value()).isCloseTo(expected, offset(1e-6));
        assertThat(v.pnl()).isCloseTo(0.0, offset(1e-6));
        // VIX products have no SPX delta at fixed VIX; their vega is the chain rule through the curve:
        // dV/dVIX = 100 q e^{-rT} N(d1) dF/dVIX, dF/dVIX = e^{-kappa tau} (VixTermStructure).
        assertThat(v.delta()).isZero();
        double d1Delta = Black76.greeks(OptionType.CALL, f, 20, tau, 0.04, ENTRY.vixOptionVol()).delta();
        double chain = 10 * 100 * d1Delta * Math.exp(-ENTRY.vixTermStructure().meanReversion() * tau);
        assertThat(v.vega()).isCloseTo(chain, offset(0.01 * chain)); // central difference of +-0.5 VIX points
        assertThat(v.theta()).as("a long option loses value by the day").isNegative();
    }

    @Test
    void aTriggeredLayerEntersAtTheFirstStepOnTheLineWhereItsTriggerHolds() {
        HedgeLayer regime = layer("Regime", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Absolute(25), 45,
                new SizeRule.Contracts(5), new Trigger.VixAbove(25));
        assertThat(only(regime, new LayerWhatIf.Point(5000, 20, 10)).on()).isFalse();
        assertThat(only(regime, new LayerWhatIf.Point(5000, 20, 10)).reason()).isEqualTo("waits for VIX > 25");
        LayerWhatIf.LayerValue v = only(regime, new LayerWhatIf.Point(4800, 30, 10));
        // Time passes first (day 10), then VIX runs 16 -> 30 on the line: it crosses 25 at 9/14 of the way,
        // SPX 5000 - 9/14 x 200 = 4871.4 (bisection to 1/4096 of a 1/48 step).
        assertThat(v.on()).isTrue();
        assertThat(v.entryVix()).isCloseTo(25.0, offset(1e-3));
        assertThat(v.entrySpot()).isCloseTo(5000 - 9.0 / 14 * 200, offset(1e-2));
        assertThat(v.entryDay()).isEqualTo(10.0);
        assertThat(v.reason()).isEqualTo("VIX 25.00 > 25");
        // Bought at the crossing with its full tenor, held to the point on the same day.
        MarketSnapshot there = ENTRY.withSpot(4800).withVix(30);
        double left = 45 / 365.0;
        double value = HedgeValuation.value(new VixCall(25, left, 5), there, SkewModel.DEFAULT);
        assertThat(v.value()).isCloseTo(value, offset(1e-6));
        MarketSnapshot atEntry = ENTRY.withSpot(v.entrySpot()).withVix(v.entryVix());
        assertThat(v.cost()).isCloseTo(HedgeValuation.value(new VixCall(25, 45 / 365.0, 5), atEntry, SkewModel.DEFAULT),
                offset(1e-6));
        assertThat(v.pnl()).isPositive();
    }

    @Test
    void budgetRulesSpendExactlyTheirBudgetAndTheReserveIsCappedByItsCapital() {
        HedgeLayer tail = layer("Tail", HedgeInstrumentKind.SPX_PUT, new StrikeRule.PercentFromReference(-0.10), 30,
                new SizeRule.FractionOfMaxLoss(0.03), new Trigger.Always());
        LayerWhatIf.LayerValue v = only(tail, new LayerWhatIf.Point(5000, 16, 0));
        assertThat(v.cost()).isCloseTo(0.03 * MAX_LOSS, offset(1e-6));
        assertThat(((SpxPut) v.instrument()).strike()).isEqualTo(4500.0);
        // The reserve's deployment: 5 % of capital asked, but the reserve holds only 20,000.
        HedgeLayer deployment = layer("Reserve calls", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.3), 30,
                new SizeRule.FractionOfCapital(0.05), new Trigger.Always());
        AlvhPolicy p = new AlvhPolicy("p", List.of(), new Reserve(20_000, 0.08, new Trigger.VixAbove(40), deployment));
        List<LayerWhatIf.LayerValue> calm = LayerWhatIf.at(p, SETUP, new LayerWhatIf.Point(5000, 18, 5));
        assertThat(calm).singleElement().satisfies(r -> assertThat(r.on()).isFalse());
        LayerWhatIf.LayerValue stressed = LayerWhatIf.at(p, SETUP, new LayerWhatIf.Point(4000, 50, 5)).get(0);
        assertThat(stressed.on()).isTrue();
        assertThat(stressed.cost()).isCloseTo(20_000, offset(1e-6));
        assertThat(LayerWhatIf.totalPnl(List.of(v, stressed))).isCloseTo(v.pnl() + stressed.pnl(), offset(TOL));
    }

    @Test
    void deltaStrikesLandWhereTheirDeltaIsTheRulesToWithinOneListedStrike() {
        double tau = 30 / 365.0;
        // VIX call: Black-76 delta e^{-rT} N(d1) off the curve's future.
        double f = ENTRY.vixFuture(tau);
        double k = LayerWhatIf.vixStrike(new StrikeRule.Delta(0.30), f, tau, ENTRY);
        double vol = ENTRY.vixOptionVol();
        java.util.function.DoubleUnaryOperator callDelta = x -> Black76.greeks(OptionType.CALL, f, x, tau, 0.04, vol).delta();
        assertThat(Math.abs(callDelta.applyAsDouble(k) - 0.30))
                .isLessThanOrEqualTo(Math.abs(callDelta.applyAsDouble(k) - callDelta.applyAsDouble(k + 1)));
        // Unrounded, the formula's strike has delta 0.30 exactly: K = F exp(-d1 s + s^2 / 2).
        double s = vol * Math.sqrt(tau);
        double exact = f * Math.exp(-NormalDistribution.inverseCdf(0.30 * Math.exp(0.04 * tau)) * s + 0.5 * s * s);
        assertThat(callDelta.applyAsDouble(exact)).isCloseTo(0.30, offset(1e-9));
        // SPX put at the skew's vol: |delta| of the listed strike within one 5-point step of 0.25.
        double put = LayerWhatIf.spxPutStrike(new StrikeRule.Delta(0.25), ENTRY, SkewModel.DEFAULT, tau);
        assertThat(put % 5.0).isZero();
        java.util.function.DoubleUnaryOperator putDelta = x -> -BlackScholes.delta(OptionType.PUT, 5000, x, tau, 0.04,
                0.013, SkewModel.DEFAULT.vol(ENTRY.forward(tau), x, tau, 16));
        assertThat(Math.abs(putDelta.applyAsDouble(put) - 0.25))
                .isLessThanOrEqualTo(Math.abs(putDelta.applyAsDouble(put + 5) - putDelta.applyAsDouble(put)));
    }

    @Test
    void aLayerPastItsTenorIsWorthItsIntrinsicValueAtThePoint() {
        HedgeLayer shortLived = layer("Short", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Absolute(20), 10,
                new SizeRule.Contracts(1), new Trigger.Always());
        LayerWhatIf.LayerValue v = only(shortLived, new LayerWhatIf.Point(4500, 35, 20));
        assertThat(v.instrument().expiry()).isZero();
        assertThat(v.value()).isCloseTo(100 * (35 - 20), offset(1e-9));
        assertThat(v.theta()).isCloseTo(0.0, offset(1e-9));
    }

    @Test
    void theAccountsDrawdownTriggerReadsThePositionsPnlOnTheLine() {
        LayerWhatIf.Position losing = new LayerWhatIf.Position() {
            @Override
            public double pnl(double spot, double vix, double days) {
                return 100 * (spot - 5000); // $100 per SPX point
            }

            @Override
            public double maxLoss() {
                return MAX_LOSS;
            }
        };
        LayerWhatIf.Setup setup = new LayerWhatIf.Setup(ENTRY, SkewModel.DEFAULT, losing, CAPITAL);
        HedgeLayer dd = layer("Drawdown", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Absolute(20), 30,
                new SizeRule.Contracts(1), new Trigger.PortfolioDrawdownAbove(0.05));
        AlvhPolicy p = new AlvhPolicy("p", List.of(dd), Reserve.NONE);
        // A 5 % drawdown of 1,000,000 is 50,000: 500 SPX points down. The line to 4,400 crosses it at 4,500.
        LayerWhatIf.LayerValue v = LayerWhatIf.at(p, setup, new LayerWhatIf.Point(4400, 16, 0)).get(0);
        assertThat(v.on()).isTrue();
        assertThat(v.entrySpot()).isCloseTo(4500, offset(1e-2));
        assertThat(v.reason()).startsWith("portfolio drawdown 5 % >= 5 %");
        assertThat(LayerWhatIf.at(p, setup, new LayerWhatIf.Point(4600, 16, 0)).get(0).on()).isFalse();
    }

    @Test
    void vix3mFollowsTheHistorysTermStructureThroughTheEntrysOwnValue() {
        // At entry: the entry's VIX3M. Unscaled: the fitted VIX3M/VIX = exp(0.6159 - 0.1749 ln VIX), 1.14 at VIX 16.
        assertThat(LayerWhatIf.vix3m(16, 16, 18)).isCloseTo(18.0, offset(1e-12));
        assertThat(LayerWhatIf.vix3m(16, 16, Double.NaN) / 16).isCloseTo(Math.exp(0.6159 - 0.1749 * Math.log(16)),
                offset(1e-12));
        // Contango in calm markets, backwardation in stress: VIX/VIX3M rises with VIX.
        double calm = 16 / LayerWhatIf.vix3m(16, 16, 18);
        double stressed = 60 / LayerWhatIf.vix3m(60, 16, 18);
        assertThat(calm).isLessThan(0.95);
        assertThat(stressed).isGreaterThan(1.0);
    }
}
