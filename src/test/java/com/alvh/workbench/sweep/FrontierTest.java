package com.alvh.workbench.sweep;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrontierTest {

    /**
     * A known answer: (cost, tail) points where C dominates D (cheaper and safer), E ties B on cost
     * with a worse tail, F repeats A; the frontier is A, B, C by cost.
     */
    @Test
    void dominatedPoliciesAreLeftOutAndDominatingOnesKept() {
        //                  A      B      C      D      E      F
        double[] cost = {0.0, 10.0, 25.0, 30.0, 10.0, 0.0};
        double[] tail = {150.0, 120.0, 90.0, 95.0, 130.0, 150.0};
        assertThat(Frontier.of(cost, tail)).containsExactly(0, 1, 2);
    }

    @Test
    void aPolicyCheaperAndSaferThanAllOthersIsTheWholeFrontier() {
        double[] cost = {5.0, 1.0, 3.0};
        double[] tail = {10.0, 2.0, 4.0};
        assertThat(Frontier.of(cost, tail)).containsExactly(1);
    }

    @Test
    void negativeCostsCountAndNaNsAreLeftOut() {
        // A hedge that adds to the mean has a negative net cost: it belongs on the frontier if its tail is lowest so far.
        double[] cost = {0.0, -2.0, Double.NaN, 4.0};
        double[] tail = {10.0, 12.0, 1.0, 8.0};
        assertThat(Frontier.of(cost, tail)).containsExactly(1, 0, 3);
    }
}
