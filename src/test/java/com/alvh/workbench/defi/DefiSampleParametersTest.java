package com.alvh.workbench.defi;

import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The declared parameters of the DeFi samples: what is on offer, how bad values are refused (message
 * starting with the key), rules between two parameters (naming the key to change), and that every
 * parameter really moves the model, with exact identities where the model gives one.
 */
class DefiSampleParametersTest {

    private static final int PATHS = 100;

    private static List<DefiSimulation.Labelled> run(DefiSamples.DefiSample s) {
        return s.withPaths(PATHS).run(ProgressListener.NONE, new CancellationToken());
    }

    private static double meanPnl(DefiSimulation.Labelled l) {
        return Arrays.stream(l.entry().result().pnl()).average().orElseThrow();
    }

    @Test
    void everySampleOffersFiveToFifteenDocumentedParameters() {
        assertThat(DefiSamples.keys()).containsExactlyElementsOf(DefiSamples.all().stream().map(DefiSamples.DefiSample::key).toList());
        for (String k : DefiSamples.keys()) {
            List<DefiParameter> ps = DefiSamples.parameters(k);
            assertThat(ps).as(k).hasSizeBetween(5, 15);
            Set<String> keys = new HashSet<>();
            for (DefiParameter p : ps) {
                assertThat(keys.add(p.key())).as(k + " " + p.key() + " unique").isTrue();
                assertThat(p.help()).as(p.key()).endsWith(".").hasSizeGreaterThan(30);
                assertThat(p.problem(p.defaultValue())).isNull();
            }
        }
        assertThat(DefiSamples.replayParameters()).extracting(DefiParameter::key)
                .containsExactly("capital", "rangeLower", "rangeUpper", "feeTier", "ethVol", "putVolTrigger");
    }

    @Test
    void unknownSampleIsRefusedByName() {
        assertThatThrownBy(() -> DefiSamples.parameters("lp-narrow")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lp-narrow'").hasMessageContaining("tail-risk");
        assertThatThrownBy(() -> DefiSamples.build("lp-narrow", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'lp-narrow'");
    }

    @Test
    void badValuesAreRefusedWithTheKeyFirst() {
        String lp = DefiSamples.LP_LAYERED_VS_DIVERSIFIED;
        assertThatThrownBy(() -> DefiSamples.build(lp, Map.of("rangeUpper", 25.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rangeUpper must be between 1.01 and 20, was 25");
        assertThatThrownBy(() -> DefiSamples.build(lp, Map.of("rangeTop", 2.0)))
                .hasMessageStartingWith("rangeTop is not a parameter of lp-layered-vs-diversified; known: capital, rangeLower,");
        assertThatThrownBy(() -> DefiSamples.build(DefiSamples.INSURANCE_POOL, Map.of("signers", 4.5)))
                .hasMessage("signers must be a whole number, was 4.5");
        assertThatThrownBy(() -> DefiSamples.build(lp, Map.of("capital", Double.NaN)))
                .hasMessage("capital must be a finite number, was NaN");
        Map<String, Double> withNull = new LinkedHashMap<>();
        withNull.put("capital", null);
        assertThatThrownBy(() -> DefiSamples.build(lp, withNull)).hasMessage("capital must be a number, was null");
        assertThatThrownBy(() -> DefiSamples.build(lp, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesBetweenTwoParametersNameTheKeyToChange() {
        String pool = DefiSamples.INSURANCE_POOL;
        assertThatThrownBy(() -> DefiSamples.build(pool, Map.of("threshold", 7.0)))
                .hasMessage("threshold must be at most signers (5), was 7");
        assertThatThrownBy(() -> DefiSamples.build(pool, Map.of("signers", 2.0)))
                .hasMessage("signers must be at least threshold (3), was 2");
        assertThatThrownBy(() -> DefiSamples.build(pool, Map.of("signers", 4.0, "threshold", 5.0)))
                .hasMessage("threshold must be at most signers (4), was 5");
        assertThatThrownBy(() -> DefiSamples.build(pool, Map.of("tranche1Drawdown", 0.15)))
                .hasMessage("tranche1Drawdown must be below tranche2Drawdown (0.1), was 0.15");
        assertThatThrownBy(() -> DefiSamples.build(pool, Map.of("tranche1Drawdown", 0.2, "tranche2Drawdown", 0.2)))
                .hasMessage("tranche2Drawdown must be above tranche1Drawdown (0.2), was 0.2");
        assertThatThrownBy(() -> DefiSamples.build(DefiSamples.GOVERNANCE_FARMING, Map.of("capFraction", 0.5)))
                .hasMessageStartingWith("capFraction must be at least stakedFraction (0.8), was 0.5");
        assertThatThrownBy(() -> DefiSamples.build(DefiSamples.STABLE_LP_DEPEG, Map.of("poolTvl", 5e5)))
                .hasMessageStartingWith("poolTvl must be at least capital (1000000), was 500000");
        // At the edge of its range the loss budget sizes four positions of exactly a quarter.
        DefiSamples.build(DefiSamples.TAIL_RISK, Map.of("lossBudget", 0.25));
    }

    @Test
    void problemsAreReportedAllAtOnce() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("premiumRate", 0.9);
        values.put("colour", 1.0);
        values.put("threshold", 9.0);
        values.put("tranche1Drawdown", 0.3);
        Map<String, String> p = DefiSamples.problems(DefiSamples.INSURANCE_POOL, values);
        assertThat(p.keySet()).containsExactly("premiumRate", "colour", "threshold", "tranche1Drawdown");
        assertThat(p.get("premiumRate")).isEqualTo("must be between 0 and 0.5, was 0.9");
        assertThat(p.get("colour")).startsWith("is not a parameter of insurance-pool; known: capital, coverSold,");
        // A value out of its own range is not also checked against its partner.
        values.put("signers", 40.0);
        assertThat(DefiSamples.problems(DefiSamples.INSURANCE_POOL, values)).containsEntry("signers",
                "must be between 1 and 20, was 40").doesNotContainKey("threshold");
        assertThat(DefiSamples.problems(DefiSamples.TAIL_RISK, Map.of())).isEmpty();
        assertThat(DefiSamples.replayProblems(Map.of("chainCorrelation", 0.5))).containsOnlyKeys("chainCorrelation");
        assertThatThrownBy(() -> DefiSamples.lpEthReplay(flatMarket(10), Map.of("chainCorrelation", 0.5)))
                .hasMessageStartingWith("chainCorrelation is not a parameter of the ETH replay");
    }

    /**
     * Values without problems always build and run: for each sample, 60 sets whose every value is its
     * minimum, maximum, default or a uniform draw in its range (whole where it must be; seed 7), run on
     * 8 paths for 60 days, give finite P&amp;L on every path. Sets with problems must not build, naming the
     * first problem's key.
     */
    @Test
    void valuesWithoutProblemsAlwaysBuildAndRun() {
        java.util.Random random = new java.util.Random(7);
        int built = 0;
        for (String k : DefiSamples.keys()) {
            for (int n = 0; n < 60; n++) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (DefiParameter p : DefiSamples.parameters(k)) {
                    double x = switch (random.nextInt(4)) {
                        case 0 -> p.min();
                        case 1 -> p.max();
                        case 2 -> p.defaultValue();
                        default -> p.min() + random.nextDouble() * (p.max() - p.min());
                    };
                    values.put(p.key(), p.integer() ? Math.rint(x) : x);
                }
                Map<String, String> problems = DefiSamples.problems(k, values);
                if (!problems.isEmpty()) {
                    String first = problems.keySet().iterator().next();
                    assertThatThrownBy(() -> DefiSamples.build(k, values)).hasMessageStartingWith(first + " ");
                    continue;
                }
                DefiSamples.DefiSample s = DefiSamples.build(k, values);
                var settings = s.settings();
                DefiSamples.DefiSample small = new DefiSamples.DefiSample(s.key(), s.question(), s.market(), s.runs(),
                        new com.alvh.workbench.sim.SimulationSettings(8, 60, settings.dt(), n, 1, 8));
                for (DefiSimulation.Labelled l : small.run(ProgressListener.NONE, new CancellationToken())) {
                    assertThat(Arrays.stream(l.entry().result().pnl()).allMatch(Double::isFinite))
                            .as(k + " " + values + " " + l.label()).isTrue();
                }
                built++;
            }
        }
        assertThat(built).as("sets that built").isGreaterThan(200);
    }

    /** docs/defi.md lists every parameter of every sample, in order, with its default, range and unit. */
    @Test
    void docsListEveryParameter() throws IOException {
        String doc = Files.readString(Path.of("docs/defi.md"));
        for (String k : DefiSamples.keys()) {
            int at = doc.indexOf("**" + k + "**");
            assertThat(at).as(k + " table").isPositive();
            for (DefiParameter p : DefiSamples.parameters(k)) {
                String row = "| `" + p.key() + "` | " + docNumber(p.defaultValue()) + " | " + docNumber(p.min()) + " .. "
                        + docNumber(p.max()) + (p.integer() ? ", whole" : "") + " | " + (p.unit().isEmpty() ? "-" : p.unit())
                        + " | " + p.help() + " |";
                int found = doc.indexOf(row, at);
                assertThat(found).as(k + ": " + row).isGreaterThan(at);
                at = found;
            }
        }
    }

    private static String docNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    }

    /**
     * Signer outages move only when a claim is paid (cash against the liability already booked), which the
     * P&amp;L sees only through a drain of a larger cash balance: {@code MultisigMathTest} checks their effect
     * on payout delays instead.
     */
    private static final Set<String> SEEN_ONLY_IN_DELAYS = Set.of("outagesPerYear", "meanOutageDays");

    /**
     * Every parameter, moved to an end of its range (where the rules allow), changes the results; a trigger
     * at the far end of its range (a 90 % drawdown) may never be reached on 100 paths, so one end is enough.
     */
    @Test
    void everyParameterChangesTheModel() {
        for (String k : DefiSamples.keys()) {
            String base = DefiSamplesDefaultsTest.fingerprint(DefiSamples.build(k, Map.of()).withPaths(PATHS));
            for (DefiParameter p : DefiSamples.parameters(k)) {
                if (SEEN_ONLY_IN_DELAYS.contains(p.key())) {
                    continue;
                }
                int tried = 0;
                int changed = 0;
                for (double x : new double[] {p.min(), p.max()}) {
                    if (x == p.defaultValue() || !DefiSamples.problems(k, Map.of(p.key(), x)).isEmpty()) {
                        continue;
                    }
                    tried++;
                    String moved = DefiSamplesDefaultsTest.fingerprint(DefiSamples.build(k, Map.of(p.key(), x)).withPaths(PATHS));
                    changed += moved.equals(base) ? 0 : 1;
                }
                assertThat(tried).as(k + ": " + p.key() + " was moved").isPositive();
                assertThat(changed).as(k + ": " + p.key() + " changes the results at an end of its range").isPositive();
            }
        }
    }

    @Test
    void defaultsKeepTheSamplesLabelsAndValuesFollowThem() {
        DefiSamples.DefiSample pool = DefiSamples.insurancePool();
        assertThat(layerNames(pool.runs().get(1))).containsExactly("Tranche 5 %", "Tranche 10 %");
        assertThat(pool.runs().get(1).hedge().policy().reserve().deployment().name()).isEqualTo("Backstop 20 %");
        assertThat(layerNames(DefiSamples.stableLpDepeg().runs().get(1))).containsExactly("Peg puts 0.97", "Peg puts 0.95");
        assertThat(layerNames(DefiSamples.build(DefiSamples.STABLE_LP_DEPEG,
                Map.of("basePutStrike", 0.96, "deviationPutStrike", 0.96)).runs().get(1)))
                .containsExactly("Peg puts 0.96", "Peg puts 0.96 (deviation)");
        assertThat(DefiSamples.tailRisk().runs().get(3).label()).isEqualTo("Sized by the 2.5 % rule");

        DefiSamples.DefiSample moved = DefiSamples.build(DefiSamples.INSURANCE_POOL,
                Map.of("tranche1Drawdown", 0.075, "tranche2Drawdown", 0.125, "reserveCapital", 0.0));
        assertThat(layerNames(moved.runs().get(1))).containsExactly("Tranche 7.5 %", "Tranche 12.5 %");
        assertThat(moved.runs().get(1).hedge().policy().reserve().active()).isFalse();
        InsurancePool p = (InsurancePool) DefiSamples.build(DefiSamples.INSURANCE_POOL,
                Map.of("signers", 7.0, "threshold", 4.0, "claimShare", 0.2)).runs().get(0).position();
        assertThat(p.multisig().signers()).isEqualTo(7);
        assertThat(p.multisig().threshold()).isEqualTo(4);
        assertThat(p.coverShare()).isEqualTo(0.2);
    }

    private static List<String> layerNames(DefiSimulation.Run r) {
        return r.hedge().policy().layers().stream().map(HedgeLayer::name).toList();
    }

    /**
     * Premium is cash added every day whatever happens, so on the same paths the unhedged pool's mean
     * P&amp;L rises by the extra premium, 2.5 % x 250M = 6.25M over the year, less what key-compromise
     * drains take of it (half the cash, rarely): between 6.0M and 6.25M.
     */
    @Test
    void higherPremiumRaisesThePoolsMeanPnlByThePremium() {
        double low = meanPnl(run(DefiSamples.build(DefiSamples.INSURANCE_POOL, Map.of())).get(0));
        double high = meanPnl(run(DefiSamples.build(DefiSamples.INSURANCE_POOL, Map.of("premiumRate", 0.05))).get(0));
        assertThat(high - low).isBetween(6.0e6, 6.25e6 + 1.0);
    }

    /** A flat ETH at the entry price for {@code days}: the range never leaves, the LP earns fees only. */
    private static HistoryReplayMarket flatMarket(int days) {
        LocalDate[] dates = new LocalDate[days + 1];
        double[] prices = new double[days + 1];
        double[] volumes = new double[days + 1];
        for (int t = 0; t <= days; t++) {
            dates[t] = LocalDate.of(2024, 1, 1).plusDays(t);
            prices[t] = 3000.0;
            volumes[t] = 2.5e7;
        }
        return new HistoryReplayMarket("ETH", dates, prices, volumes, 0.7);
    }

    /**
     * On a flat price the unhedged LP's P&amp;L is its fees, paid daily into cash at 4 %:
     * {@code f ((1 + r dt)^n - 1) / (r dt)} with {@code f = feeRate x volume x eV / (eV + TVL)},
     * {@code e} the range's capital efficiency. The [0.85, 1.2] range is more efficient than [0.7, 1.4],
     * so it earns more while in range.
     */
    @Test
    void narrowerRangeEarnsMoreFeesInRangeAsTheClosedFormSays() {
        int days = 90;
        double narrowPnl = lpFees(Map.of("rangeLower", 0.85, "rangeUpper", 1.2), days);
        double widePnl = lpFees(Map.of(), days);
        assertThat(narrowPnl).isCloseTo(closedFormFees(0.85, 1.2, days), within(1e-6 * 1e6));
        assertThat(widePnl).isCloseTo(closedFormFees(0.7, 1.4, days), within(1e-6 * 1e6));
        assertThat(narrowPnl).isGreaterThan(1.2 * widePnl);
    }

    private static double lpFees(Map<String, Double> values, int days) {
        DefiSamples.DefiSample s = DefiSamples.lpEthReplay(flatMarket(days), values);
        CampaignResult unhedged = s.run(ProgressListener.NONE, new CancellationToken()).get(0).entry().result();
        return unhedged.pnl()[0];
    }

    private static double closedFormFees(double lo, double hi, int days) {
        double cap = 1e6;
        double e = 1.0 / (1.0 - Math.pow(lo / hi, 0.25));
        double f = 0.003 * 2.5e7 * (e * cap) / (e * cap + 1e9);
        double g = 1.0 + 0.04 / 365.0;
        return f * (Math.pow(g, days) - 1.0) / (0.04 / 365.0);
    }

    /**
     * Asset 0's path does not depend on the correlation (the first Cholesky row is (1, 0, 0)), so the
     * single-chain runs are bit for bit the same; less correlation spreads the diversified tail.
     */
    @Test
    void chainCorrelationMovesOnlyTheDiversifiedRun() {
        String lp = DefiSamples.LP_LAYERED_VS_DIVERSIFIED;
        List<DefiSimulation.Labelled> high = run(DefiSamples.build(lp, Map.of()));
        List<DefiSimulation.Labelled> low = run(DefiSamples.build(lp, Map.of("chainCorrelation", 0.0)));
        assertThat(low.get(0).entry().result().pnl()).containsExactly(high.get(0).entry().result().pnl());
        assertThat(low.get(1).entry().result().pnl()).containsExactly(high.get(1).entry().result().pnl());
        assertThat(low.get(2).entry().result().pnl()).isNotEqualTo(high.get(2).entry().result().pnl());
    }

    /**
     * The sized positions are the loss budget of capital each (an exploit can take a whole position), and
     * every leg of both books is exploitable with the exploit model the parameters set.
     */
    @Test
    void tailRiskSizingFollowsTheLossBudget() {
        DefiSamples.DefiSample s = DefiSamples.build(DefiSamples.TAIL_RISK,
                Map.of("capital", 2e6, "lossBudget", 0.05, "exploitsPerYear", 40.0, "defiTvl", 5e10));
        LpPortfolio sized = (LpPortfolio) s.runs().get(3).position();
        double each = 0.05 * 2e6;
        assertThat(sized.capital()).isEqualTo(2e6);
        assertThat(sized.legs()).hasSize(4).allSatisfy(l -> {
            assertThat(l.allocationUsd()).isEqualTo(each);
            assertThat(l.exploitable()).isTrue();
        });
        assertThat(sized.legs()).extracting(LpLeg::sharedDependency).containsExactly(false, false, true, true);
        assertThat(sized.exploits().exploitsPerYear()).isEqualTo(40.0);
        assertThat(sized.exploits().defiTvlUsd()).isEqualTo(5e10);
        assertThat(s.runs().get(3).label()).isEqualTo("Sized by the 5 % rule");
        LpPortfolio concentrated = (LpPortfolio) s.runs().get(0).position();
        assertThat(concentrated.legs()).allSatisfy(l -> assertThat(l.allocationUsd()).isEqualTo(5e5));
    }

    /**
     * The stable LP's fees are linear in the quiet-day volume and nothing else depends on it, so on the
     * same paths the mean P&amp;L is affine in it: P(2V) - P(V) = P(V) - P(0).
     */
    @Test
    void stableLpPnlIsAffineInDailyVolume() {
        String k = DefiSamples.STABLE_LP_DEPEG;
        double p0 = meanPnl(run(DefiSamples.build(k, Map.of("dailyVolume", 0.0))).get(0));
        double p1 = meanPnl(run(DefiSamples.build(k, Map.of("dailyVolume", 10e6))).get(0));
        double p2 = meanPnl(run(DefiSamples.build(k, Map.of("dailyVolume", 20e6))).get(0));
        assertThat(p1 - p0).isGreaterThan(10e3); // a year of fees on a 2 % share of a 10M-a-day pool
        assertThat(p2 - p1).isCloseTo(p1 - p0, within(1e-9 * Math.abs(p1 - p0) + 1e-6));
    }

    /**
     * When every token is staked and nobody sells, emissions are pure dilution: a farm with all its
     * capital staked and no cap is worth the same at any APR, path by path (more tokens, each worth less
     * by exactly the supply growth). With half the supply staked, a higher APR pays (e (1 - phi) more a year).
     */
    @Test
    void emissionsArePureDilutionWhenEveryTokenIsStaked() {
        String k = DefiSamples.GOVERNANCE_FARMING;
        Map<String, Double> all = Map.of("stakedFraction", 1.0, "capFraction", 10.0, "stakedSupplyShare", 1.0, "sellFraction", 0.0);
        Map<String, Double> high = new java.util.HashMap<>(all);
        high.put("emissionsApr", 2.0);
        double[] p0 = run(DefiSamples.build(k, all)).get(0).entry().result().pnl();
        double[] p2 = run(DefiSamples.build(k, high)).get(0).entry().result().pnl();
        for (int i = 0; i < p0.length; i++) {
            assertThat(p2[i]).as("path " + i).isCloseTo(p0[i], within(1e-7 * 1e6));
        }
        String farm = DefiSamples.GOVERNANCE_FARMING;
        double base = meanPnl(run(DefiSamples.build(farm, Map.of("sellFraction", 0.0))).get(0));
        double more = meanPnl(run(DefiSamples.build(farm, Map.of("sellFraction", 0.0, "emissionsApr", 0.8))).get(0));
        assertThat(more).isGreaterThan(base + 50e3);
    }

    /** In a replay, ethVol sets the long-run volatility the puts' quotes revert to (and their strikes). */
    @Test
    void replayEthVolSetsThePutsVolatility() throws IOException {
        HistoryReplayMarket m = DefiSamplesDefaultsTest.eth2022();
        DefiSamples.DefiSample base = DefiSamples.lpEthReplay(m);
        DefiSamples.DefiSample vol = DefiSamples.lpEthReplay(m, Map.of("ethVol", 0.9));
        assertThat(base.market().longRunVol(0)).isEqualTo(Math.sqrt(DefiSamples.ethAsset().totalVariance()));
        assertThat(vol.market().longRunVol(0)).isCloseTo(Math.sqrt(0.81 + 4.0 * (0.08 * 0.08 + 0.10 * 0.10)), within(1e-15));
        double hedgedBase = base.run(ProgressListener.NONE, new CancellationToken()).get(1).entry().result().pnl()[0];
        double hedgedVol = vol.run(ProgressListener.NONE, new CancellationToken()).get(1).entry().result().pnl()[0];
        assertThat(hedgedVol).isNotEqualTo(hedgedBase);
    }
}
