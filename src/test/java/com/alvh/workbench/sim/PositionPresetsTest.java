package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every preset shape's legs at known strikes. The market: SPX 5,000, VIX 20 with a flat skew at the
 * VIX (vol 20 % at every strike), 45 days, r 4 %, q 1.3 %. A delta strike then has a closed form,
 * {@code K = F exp(-d1 sigma sqrt(T) + sigma^2 T/2)} with {@code d1 = N^{-1}(delta e^{qT})} for a call and
 * {@code -N^{-1}(delta e^{qT})} for a put, {@code F = S e^{(r-q)T}} = 5,016.67; computed independently
 * (Python's statistics.NormalDist) and rounded to the 5-point grid:
 *
 * <pre>
 * |delta|  put strike           call strike
 * 0.05     4480.69 -> 4480      5644.53 -> 5645
 * 0.10     4596.52 -> 4595      5502.29 -> 5500
 * 0.15     4676.37 -> 4675      5408.35 -> 5410
 * 0.20     4740.82 -> 4740      5334.82 -> 5335
 * 0.25     4796.83 -> 4795      5272.53 -> 5275
 * 0.199    4739.63 -> 4740      5336.16 -> 5335
 * </pre>
 */
class PositionPresetsTest {

    private static final SkewModel FLAT = SkewModel.flat(1.0);
    private static final double SPOT = 5000;
    private static final double VIX = 20;
    private static final double T = 45 / 365.0;

    private static double[] strikes(List<PositionLeg> legs) {
        EquityPosition p = EquityPosition.of("test", legs, new PositionExpiry.Days(45), 1, CondorManagement.HOLD_TO_EXPIRY);
        return PositionStrikes.at(p, FLAT, SPOT, VIX, 0.04, 0.013, T);
    }

    @Test
    void everyPresetShapeTakesItsKnownStrikes() {
        assertThat(strikes(PositionPresets.condor(0.20, 0.05))).containsExactly(4480, 4740, 5335, 5645);
        assertThat(strikes(PositionPresets.asymmetricCondor(0.25, 0.10, 0.15, 0.05)))
                .containsExactly(4595, 4795, 5410, 5645);
        // Wings 4 % and 2 % of spot (200 and 100 points) from the 20-delta shorts.
        assertThat(strikes(PositionPresets.brokenWingCondor(0.20, 0.04, 0.02))).containsExactly(4540, 4740, 5335, 5435);
        // Body at the strike nearest spot, wings 5 % of spot (250 points) away.
        assertThat(strikes(PositionPresets.ironFly(0.05))).containsExactly(4750, 5000, 5000, 5250);
        assertThat(strikes(PositionPresets.putSpread(0.20, 0.05))).containsExactly(4480, 4740);
        assertThat(strikes(PositionPresets.strangle(0.20))).containsExactly(4740, 5335);
        // The distance rule of earlier files: shorts 5 % from spot, wings 3 % of spot further.
        assertThat(strikes(PositionPresets.legs(new CondorRule.ByDistancePercent(0.05, 0.03))))
                .containsExactly(4600, 4750, 5250, 5400);
    }

    @Test
    void presetsHaveTheirSidesAndQuantities() {
        List<PositionLeg> condor = PositionPresets.condor(0.20, 0.05);
        assertThat(condor).extracting(PositionLeg::type)
                .containsExactly(OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL);
        assertThat(condor).extracting(PositionLeg::quantity).containsExactly(1.0, -1.0, -1.0, 1.0);
        assertThat(PositionPresets.strangle(0.16)).allMatch(PositionLeg::isShort);
        assertThat(PositionPresets.putSpread(0.3, 0.1)).extracting(PositionLeg::quantity).containsExactly(1.0, -1.0);
    }

    @Test
    void aWingThatRoundsOntoItsShortLegMovesOneStrikeOut() {
        // 19.9-delta wings round to the 20-delta shorts' strikes (4740, 5335): they move to 4735 and 5340.
        assertThat(strikes(PositionPresets.condor(0.20, 0.199))).containsExactly(4735, 4740, 5335, 5340);
        // A wing 1 point from its short leg (0.02 % of spot) lands one listed strike away.
        assertThat(strikes(PositionPresets.brokenWingCondor(0.20, 0.0002, 0.0002))).containsExactly(4735, 4740, 5335, 5340);
    }

    @Test
    void aCondorRuleAndItsLegsConvertBothWays() {
        for (CondorRule rule : List.of(CondorRule.ByDelta.CNDR, new CondorRule.ByDistancePercent(0.0, 0.02))) {
            assertThat(PositionPresets.condorRule(PositionPresets.legs(rule))).contains(rule);
        }
        assertThat(PositionPresets.condorRule(PositionPresets.asymmetricCondor(0.25, 0.10, 0.15, 0.05))).isEmpty();
        assertThat(PositionPresets.condorRule(PositionPresets.ironFly(0.05))).isEmpty();
    }

    @Test
    void badShapesAreRefusedWithTheirNumbers() {
        assertThatThrownBy(() -> PositionPresets.condor(0.05, 0.20)).hasMessageContaining("wing delta");
        assertThatThrownBy(() -> PositionPresets.ironFly(0)).hasMessageContaining("wing width");
        assertThatThrownBy(() -> EquityPosition.of("x", List.of(PositionLeg.shortPut(new LegStrike.Delta(0.2)),
                PositionLeg.longCall(new LegStrike.Delta(0.05)).beyond(0)), new PositionExpiry.Days(30), 1,
                CondorManagement.HOLD_TO_EXPIRY)).hasMessageContaining("legs[1].beyond must name a leg of the same type");
        assertThatThrownBy(() -> EquityPosition.of("x", List.of(PositionLeg.shortPut(new LegStrike.PointsFromLeg(1, -5)),
                PositionLeg.longPut(new LegStrike.PointsFromLeg(0, -5))), new PositionExpiry.Days(30), 1,
                CondorManagement.HOLD_TO_EXPIRY)).hasMessageContaining("not itself relative");
        assertThatThrownBy(() -> EquityPosition.of("x", PositionPresets.strangle(0.2), new PositionExpiry.Days(20), 1,
                CondorManagement.STANDARD)).hasMessageContaining("closeAtDaysToExpiry (21)");
    }
}
