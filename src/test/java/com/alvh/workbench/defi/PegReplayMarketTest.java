package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The UST (May-June 2022) and USDC (March 2023) depegs replayed through the stable LP. The expected
 * prices are read from sample-data by a plain line parser here (not by the classes under test);
 * the expected LP values come from {@link StableSwap#valuePerD} and the fee formula of {@link StableLp}.
 */
class PegReplayMarketTest {

    private static final Path DATA = Path.of("sample-data");
    private static final double CAPITAL = 1e6;
    /** Float noise on USD 1M sums of about 60 terms. */
    private static final double SUM_TOL = 1e-6;
    /** StableLp's table of the pool's value is within 1e-6 per unit of D of the exact one (DepegTableTest). */
    private static final double VALUE_TOL = 1e-6 * CAPITAL;
    /** Its coin-1 balance, which sizes the peg puts, within 2e-5 per unit of D (DepegTableTest). */
    private static final double QTY_TOL = 2e-5 * CAPITAL;

    private static PegReplayMarket ust() throws IOException {
        return PegReplayMarket.episode(DATA, "ust-2022");
    }

    private static PegReplayMarket usdc() throws IOException {
        return PegReplayMarket.episode(DATA, "usdc-2023");
    }

    /** date -> cells of a sample-data CSV whose first column is the date. */
    private static Map<LocalDate, String[]> rows(String file) throws IOException {
        Map<LocalDate, String[]> out = new HashMap<>();
        List<String> lines = Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            out.put(LocalDate.parse(c[0]), c);
        }
        return out;
    }

    private static int column(String file, String name) throws IOException {
        String head = Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8).get(0);
        return List.of(head.split(",")).indexOf(name);
    }

    private static List<DefiSimulation.Labelled> run(PegReplayMarket m) {
        return DefiSamples.stableLpReplay(m).run(ProgressListener.NONE, new CancellationToken());
    }

    private static StableLp lp() {
        return (StableLp) DefiSamples.stableLpDepeg().runs().get(0).position();
    }

    /** The LP's units of invariant: the deposit less half the round trip (as StableLp). */
    private static double shareD(StableLp lp) {
        return lp.capital() * (1.0 - 0.5 * lp.roundTripCost());
    }

    private static double v(StableLp lp, double p) {
        return StableSwap.valuePerD(lp.amp(), Math.min(p, 1.0));
    }

    private static int dayIndex(PegReplayMarket m, LocalDate d) {
        return List.of(m.dates()).indexOf(d);
    }

    @Test
    void episodesAreTheDocumentedWindows() {
        assertThat(PegReplayMarket.EPISODES.keySet()).containsExactly("ust-2022", "usdc-2023");
        PegReplayMarket.Episode u = PegReplayMarket.EPISODES.get("ust-2022");
        assertThat(u.coin()).isEqualTo("terrausd");
        assertThat(u.from()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(u.to()).isEqualTo(LocalDate.of(2022, 6, 30));
        PegReplayMarket.Episode c = PegReplayMarket.EPISODES.get("usdc-2023");
        assertThat(c.coin()).isEqualTo("usd-coin");
        assertThat(c.from()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(c.to()).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void replaysTheFilesCoinPricesAndRebasedEthClosesOnEveryDay() throws IOException {
        Map<LocalDate, String[]> coins = rows(StablecoinHistory.FILE);
        Map<LocalDate, String[]> eth = rows(PegReplayMarket.ETH_FILE);
        int close = column(PegReplayMarket.ETH_FILE, "close");
        for (PegReplayMarket m : List.of(ust(), usdc())) {
            int col = column(StablecoinHistory.FILE, m.coin());
            PegReplayMarket.Episode e = PegReplayMarket.EPISODES.values().stream().filter(x -> x.coin().equals(m.coin()))
                    .findFirst().orElseThrow();
            int days = (int) (e.to().toEpochDay() - e.from().toEpochDay()) + 1;
            assertThat(m.steps()).isEqualTo(days - 1);
            double scale = DefiSamples.ethAsset().spot() / Double.parseDouble(eth.get(e.from())[close]);
            DefiPathState s = new DefiPathState(1, 3);
            m.initialise(s);
            for (int t = 0; t < days; t++) {
                LocalDate d = e.from().plusDays(t);
                if (t > 0) {
                    m.advance(s, t, 1.0 / 365, null);
                }
                assertThat(m.dates()[t]).isEqualTo(d);
                double coin = Double.parseDouble(coins.get(d)[col]);
                double ethPrice = Double.parseDouble(eth.get(d)[close]) * scale;
                for (int i = 0; i < 3; i++) {
                    assertThat(s.peg[i]).as("%s %s", m.coin(), d).isEqualTo(coin);
                    assertThat(s.price[0][i]).as("ETH %s", d).isCloseTo(ethPrice, within(1e-9 * ethPrice));
                    if (t > 0) {
                        double prev = Double.parseDouble(eth.get(d.minusDays(1))[close]) * scale;
                        assertThat(s.logReturn[0][i]).isCloseTo(Math.log(ethPrice / prev), within(1e-12));
                    }
                }
            }
        }
        // Anchors quoted in docs/defi.md (the same file, DefiLlama daily 00:00 UTC snapshots).
        assertThat(ust().pegPrices()[dayIndex(ust(), LocalDate.of(2022, 5, 8))]).isEqualTo(0.754);
        assertThat(ust().pegPrices()[dayIndex(ust(), LocalDate.of(2022, 6, 18))]).isEqualTo(0.0063683);
        assertThat(usdc().pegPrices()[dayIndex(usdc(), LocalDate.of(2023, 3, 11))]).isEqualTo(0.961065);
        assertThat(usdc().asset().prices()[0]).isEqualTo(3000.0);
    }

    @Test
    void theEnginesPathIsTheReplay() throws IOException {
        for (PegReplayMarket m : List.of(ust(), usdc())) {
            DefiSimulation.Labelled un = run(m).get(0);
            CampaignResult.SamplePath path = un.entry().result().samples().get(0);
            for (int t = 0; t <= m.steps(); t++) {
                // The stable LP's metric is the coin price; its sample path carries the coin's price (where the
                // layers' entries are marked) and the LP's value, which for the unhedged run is its equity.
                assertThat(un.defi().metricMean()[t]).isEqualTo(m.pegPrices()[t]);
                assertThat(path.vix()[t]).isEqualTo(m.pegPrices()[t]);
                assertThat(path.spot()[t]).isEqualTo(path.equity()[t]);
            }
        }
    }

    @Test
    void theLpsMarkEachDayIsTheValuationIdentityAtThatDaysPricePlusFees() throws IOException {
        StableLp lp = lp();
        double shareD = shareD(lp);
        double share = shareD / (lp.poolTvlUsd() + shareD);
        double exit = 1.0 - 0.5 * lp.roundTripCost();
        for (PegReplayMarket m : List.of(ust(), usdc())) {
            double[] p = m.pegPrices();
            double[] equity = run(m).get(0).entry().result().samples().get(0).equity();
            double fees = 0;
            for (int t = 0; t <= m.steps(); t++) {
                if (t > 0) {
                    fees += lp.feeRate() * (1 - lp.adminFee()) * lp.dailyVolumeUsd() * v(lp, p[t])
                            * (1 + lp.volumeSpike() * 100 * Math.abs(1 - p[t])) * share;
                }
                double expected = shareD * v(lp, p[t]) * exit + fees;
                assertThat(equity[t]).as("%s %s", m.coin(), m.dates()[t]).isCloseTo(expected, within(VALUE_TOL + SUM_TOL));
            }
        }
    }

    @Test
    void ustTheUnhedgedLpLosesMostOfItsBadCoinAndThePegLayersLoseLess() throws IOException {
        PegReplayMarket m = ust();
        StableLp lp = lp();
        List<DefiSimulation.Labelled> runs = run(m);
        double unhedged = runs.get(0).entry().result().pnl()[0];
        double layered = runs.get(1).entry().result().pnl()[0];
        double pEnd = m.pegPrices()[m.steps()];
        // Arbitrage fills the pool with the bad coin: the LP ends holding shareD x1 units of it.
        double badCoin = shareD(lp) * StableSwap.depegBalances(1.0, lp.amp(), pEnd)[1];
        double badCoinLoss = badCoin * (1.0 - pEnd);
        assertThat(badCoin).isGreaterThan(0.9 * shareD(lp));
        assertThat(-unhedged).isGreaterThan(0.8 * badCoinLoss);
        assertThat(-unhedged).isGreaterThan(0.8 * CAPITAL);
        assertThat(layered).isGreaterThan(unhedged + 0.5 * badCoinLoss);
        // Lowest value of the unhedged LP: the identity at the episode's lowest price (2022-06-18, 0.0064).
        double[] eq = runs.get(0).entry().result().samples().get(0).equity();
        int low = argMin(eq);
        assertThat(m.dates()[low]).isEqualTo(LocalDate.of(2022, 6, 18));
    }

    @Test
    void usdcTheDipOfMarch11AndTheRecoveryShowAndTheLossIsSmall() throws IOException {
        PegReplayMarket m = usdc();
        StableLp lp = lp();
        List<DefiSimulation.Labelled> runs = run(m);
        double[] eq = runs.get(0).entry().result().samples().get(0).equity();
        int dip = dayIndex(m, LocalDate.of(2023, 3, 11));
        int before = dayIndex(m, LocalDate.of(2023, 3, 9));
        int after = dayIndex(m, LocalDate.of(2023, 3, 13));
        assertThat(argMin(eq)).isEqualTo(dip);
        // The dip is the pool's depeg loss at 0.961: shareD (1 - v(0.961)), about 3 % of the deposit.
        double dipLoss = shareD(lp) * (1.0 - v(lp, m.pegPrices()[dip])) * (1.0 - 0.5 * lp.roundTripCost());
        assertThat(dipLoss).isGreaterThan(0.02 * CAPITAL);
        assertThat(eq[before] - eq[dip]).isCloseTo(dipLoss, within(0.05 * dipLoss));
        // Two days later the price is back at 0.9994 and the LP has regained over 95 % of the dip.
        assertThat(eq[after] - eq[dip]).isGreaterThan(0.95 * (eq[before] - eq[dip]));
        double unhedged = runs.get(0).entry().result().pnl()[0];
        double layered = runs.get(1).entry().result().pnl()[0];
        assertThat(Math.abs(unhedged)).isLessThan(0.005 * CAPITAL);
        assertThat(Math.abs(layered)).isLessThan(0.005 * CAPITAL);
    }

    @Test
    void pegPutsPayTheirStrikeLessThePriceAtExpiry() throws IOException {
        PegReplayMarket m = ust();
        StableLp lp = lp();
        CampaignResult h = run(m).get(1).entry().result();
        int l = h.layerNames().indexOf("Peg puts 0.95");
        // The 0.95 layer fires on the first day the deviation exceeds 0.5 %: 2022-05-07 at 0.9947.
        int entry = firstEntry(h, l);
        assertThat(m.dates()[entry]).isEqualTo(LocalDate.of(2022, 5, 7));
        int expiry = entry + 30;
        // VegaRatio(1): one put per coin-1 unit the LP holds on the entry day.
        double qty = shareD(lp) * StableSwap.depegBalances(1.0, lp.amp(), m.pegPrices()[entry])[1];
        double payoff = qty * Math.max(0.95 - m.pegPrices()[expiry], 0.0);
        assertThat(payoff).isGreaterThan(0.5 * CAPITAL);
        assertThat(h.layerReceivedByStep()[l][expiry]).isCloseTo(payoff, within(QTY_TOL));
        for (int t = 0; t <= m.steps(); t++) {
            if (t != expiry) {
                assertThat(h.layerReceivedByStep()[l][t]).as("day %s", m.dates()[t]).isZero();
            }
        }
        // USDC never went below 0.961: the 0.95 puts never reach their strike and nothing settles in March.
        CampaignResult c = run(usdc()).get(1).entry().result();
        for (int k = 0; k < c.layerNames().size(); k++) {
            for (double r : c.layerReceivedByStep()[k]) {
                assertThat(r).isZero();
            }
        }
    }

    /**
     * Peg cover as markets sell it (docs/defi.md section 6). Nobody quotes it from 3 % off the peg, so no layer
     * of either replay enters on such a day: UST's 0.95 layer, expired on 06-06 deep in the money with its
     * trigger still on, is bought once; USDC's waits from 03-11 (0.961) to 03-12 (0.9919). And once a run has
     * started it costs more, by exactly {@code loading x w x P(death | run) x (K - 0.754)} per unit with
     * {@code w = (1 - p) / 0.03}, than under the same process with {@code P(death | run) = 0}.
     */
    @Test
    void pegCoverIsNotSoldFromThreePercentOffAndCostsMoreOnceARunStarts() throws IOException {
        for (PegReplayMarket m : List.of(ust(), usdc())) {
            CampaignResult h = run(m).get(1).entry().result();
            for (int l = 0; l < h.layerNames().size(); l++) {
                int[] e = h.layerEntriesByStep()[l];
                for (int t = 0; t < e.length; t++) {
                    if (e[t] > 0) {
                        assertThat(1.0 - m.pegPrices()[t]).as("%s %s entered on %s", m.coin(), h.layerNames().get(l),
                                m.dates()[t]).isLessThan(0.03);
                    }
                }
            }
        }
        CampaignResult c = run(usdc()).get(1).entry().result();
        assertThat(usdc().dates()[firstEntry(c, c.layerNames().indexOf("Peg puts 0.95"))]).isEqualTo(LocalDate.of(2023, 3, 12));

        PegReplayMarket m = ust();
        CampaignResult priced = run(m).get(1).entry().result();
        int l = priced.layerNames().indexOf("Peg puts 0.95");
        assertThat(java.util.Arrays.stream(priced.layerEntriesByStep()[l]).sum()).isEqualTo(1);
        PegSpec p = DefiCalibration.PEG;
        PegSpec noDeathGivenRun = new PegSpec(p.runIntensity(), p.runDepthMedian(), p.runDepthLogStdev(), p.recoveryRate(),
                p.deathIntensity(), p.deathFirstDay(), p.deathDailyLogDecay(), p.noise(), 0.0);
        PegReplayMarket calm = PegReplayMarket.load(DATA, "terrausd", m.dates()[0], m.dates()[m.steps()], "calm",
                DefiSamples.ethAsset(), noDeathGivenRun);
        CampaignResult cheap = run(calm).get(1).entry().result();
        int entry = firstEntry(priced, l);
        double peg = m.pegPrices()[entry];
        double qty = shareD(lp()) * StableSwap.depegBalances(1.0, lp().amp(), peg)[1];
        HedgeTerms t = HedgeTerms.DEFAULT;
        double extra = t.coverLoading() * ((1.0 - peg) / 0.03) * p.deathGivenRun() * (0.95 - p.deathFirstDay());
        double expected = qty * extra * (1 + t.slippage());
        assertThat(expected).isGreaterThan(1000.0); // a large part of the 3.2 k the layer paid on 2022-05-07
        assertThat(priced.layerPaidByStep()[l][entry] - cheap.layerPaidByStep()[l][entry])
                .isCloseTo(expected, within(QTY_TOL * extra + SUM_TOL));
    }

    @Test
    void theHedgedRunDiffersFromTheUnhedgedByTheLayersCashAndMarksOnly() throws IOException {
        for (PegReplayMarket m : List.of(ust(), usdc())) {
            List<DefiSimulation.Labelled> runs = run(m);
            CampaignResult u = runs.get(0).entry().result();
            CampaignResult h = runs.get(1).entry().result();
            double layers = 0;
            for (int l = 0; l < h.layerNames().size(); l++) {
                for (int t = 0; t <= m.steps(); t++) {
                    layers += h.layerReceivedByStep()[l][t] - h.layerPaidByStep()[l][t];
                }
                layers += h.layerFinalValue()[l];
            }
            assertThat(h.pnl()[0] - u.pnl()[0]).as(m.coin()).isCloseTo(layers, within(SUM_TOL));
        }
    }

    @Test
    void theReplayIgnoresTheSeed() throws IOException {
        PegReplayMarket m = ust();
        DefiSamples.DefiSample s = DefiSamples.stableLpReplay(m);
        var a = s.run(ProgressListener.NONE, new CancellationToken());
        var b = s.withSeed(7L).run(ProgressListener.NONE, new CancellationToken());
        for (int k = 0; k < a.size(); k++) {
            assertThat(b.get(k).entry().result().pnl()).containsExactly(a.get(k).entry().result().pnl());
        }
    }

    @Test
    void aCustomWindowOfAnotherCoinLoads() throws IOException {
        PegReplayMarket dai = PegReplayMarket.load(DATA, "dai", LocalDate.of(2023, 3, 5), LocalDate.of(2023, 3, 15));
        assertThat(dai.steps()).isEqualTo(10);
        assertThat(dai.pegPrices()[6]).isEqualTo(Double.parseDouble(rows(StablecoinHistory.FILE)
                .get(LocalDate.of(2023, 3, 11))[column(StablecoinHistory.FILE, "dai")]));
        assertThat(dai.peg()).isEqualTo(DefiCalibration.PEG);
    }

    @Test
    void badRequestsAreNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> PegReplayMarket.load(DATA, "no-such-coin",
                LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 1))).withMessageContaining("no-such-coin");
        assertThatIllegalArgumentException().isThrownBy(() -> PegReplayMarket.load(DATA, "terrausd",
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1))).withMessageContaining("2020-01-01")
                .withMessageContaining("terrausd");
        assertThatIllegalArgumentException().isThrownBy(() -> PegReplayMarket.load(DATA, "terrausd",
                LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 1))).withMessageContaining("2023-09-01");
        // The stablecoin file skips 2021-01-21.
        assertThatIllegalArgumentException().isThrownBy(() -> PegReplayMarket.load(DATA, "tether",
                LocalDate.of(2021, 1, 15), LocalDate.of(2021, 1, 25))).withMessageContaining("2021-01-21")
                .withMessageContaining("tether");
        assertThatIllegalArgumentException().isThrownBy(() -> PegReplayMarket.load(DATA, "terrausd",
                LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1))).withMessageContaining("2022-06-01");
        assertThatIllegalArgumentException().isThrownBy(() -> PegReplayMarket.episode(DATA, "luna-2021"))
                .withMessageContaining("luna-2021").withMessageContaining("ust-2022");
    }

    private static int argMin(double[] x) {
        int k = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[k]) {
                k = i;
            }
        }
        return k;
    }

    private static int firstEntry(CampaignResult r, int layer) {
        int[] e = r.layerEntriesByStep()[layer];
        for (int t = 0; t < e.length; t++) {
            if (e[t] > 0) {
                return t;
            }
        }
        throw new AssertionError("layer " + r.layerNames().get(layer) + " never entered");
    }
}
