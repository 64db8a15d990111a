package com.alvh.workbench.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's one definition of ruin ({@link CampaignSummary#isRuin}): a terminal loss of at least
 * half the capital; a deep drawdown that is made good again is drawdown, not ruin.
 */
class RuinDefinitionTest {

    private static final double CAPITAL = 1_000_000;

    private static CampaignResult result(double[] pnl, double[] maxDrawdown) {
        int n = pnl.length;
        return new CampaignResult("p", n, 1, CAPITAL, pnl, maxDrawdown, new int[n], new double[n], new int[n],
                new boolean[n], List.of(), new double[0][2], new double[0][2], new double[0], new int[0][2], new int[0],
                new double[] {5, 95}, new double[][] {{0, 0}, {0, 0}}, n, List.of(), List.of());
    }

    @Test
    void ruinIsATerminalLossOfHalfTheCapitalNotADrawdown() {
        // Path 0: fell 60 % from a peak and ended 2M ahead (a farm that ran up, then halved): drawdown, not ruin.
        // Path 1: ends exactly 50 % down: ruin (the boundary is included).
        // Path 2: ends 49.99 % down: not ruin. Path 3: ends 80 % down: ruin.
        double[] pnl = {2_000_000, -500_000, -499_900, -800_000};
        double[] dd = {1_800_000, 500_000, 499_900, 800_000};
        CampaignSummary s = CampaignSummary.of(result(pnl, dd), 1.0 / 252);
        assertThat(s.probabilityOfRuin()).isEqualTo(0.5);
        assertThat(CampaignSummary.isRuin(-500_000, CAPITAL)).isTrue();
        assertThat(CampaignSummary.isRuin(-499_999.99, CAPITAL)).isFalse();
        assertThat(s.maxDrawdown95()).isEqualTo(1_800_000); // the 60 % fall is reported, as drawdown
        assertThat(CampaignSummary.RUIN_DEFINITION).contains("50 %").contains("terminal");
    }
}
