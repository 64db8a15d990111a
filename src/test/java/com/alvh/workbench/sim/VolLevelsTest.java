package com.alvh.workbench.sim;

import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.pricing.HestonModel;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The term structure each model gives its options: Heston's own expected variance by tenor (its VIX at
 * 30 days and VIX3M at 91 exactly), quoted with the volatility premium; a replay's real indices.
 */
class VolLevelsTest {

    private static final HestonModel H = new HestonModel(0.0174, 4.0, 0.0283, 0.36, -0.7);

    @Test
    void hestonLevelsAreTheModelsOwnVixAndVix3mAtTheirTenorsOnEveryPath() {
        HestonMarketModel m = new HestonMarketModel(H, 5000, 0.04, 0.013);
        PathState s = new PathState(64);
        m.initialise(s);
        var rng = RandomSource.XO_SHI_RO_256_PP.create(7L);
        for (int step = 1; step <= 20; step++) {
            m.advance(s, step, 1 / 252.0, rng);
        }
        VolLevels levels = m.volLevels();
        for (int i = 0; i < s.size(); i++) {
            assertThat(levels.level(s, i, 30 / 365.0)).isCloseTo(s.vix[i], within(1e-9));
            assertThat(levels.level(s, i, HestonMarketModel.VIX3M_TENOR)).isCloseTo(s.vix3m[i], within(1e-9));
        }
        // Quoted 16 % above the model, as its VIX is.
        RiskPremiumModel quoted = new RiskPremiumModel(m, 0.16, 0.05);
        PathState q = new PathState(4);
        quoted.initialise(q);
        assertThat(quoted.volLevels().level(q, 0, 30 / 365.0)).isCloseTo(q.vix[0], within(1e-9));
        assertThat(quoted.volLevels().atTenor(45 / 365.0).level(q, 0))
                .isCloseTo(1.16 * m.volLevels().level(q, 0, 45 / 365.0), within(1e-9));
        // Below its long-run level the model's term structure slopes up.
        assertThat(quoted.volLevels().level(q, 0, 0.5)).isGreaterThan(q.vix[0]);
    }

    @Test
    void aReplayQuotesEachTenorFromTheRealIndicesOfTheDay() throws IOException {
        MarketHistory covid = MarketHistory.load(Path.of("sample-data"))
                .between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel replay = new HistoricalReplayModel(covid);
        PathState s = new PathState(1);
        replay.initialise(s);
        int day = 0;
        while (!covid.date(day).toString().equals("2020-03-16")) {
            replay.advance(s, ++day, 1 / 252.0, null);
        }
        // 2020-03-16: VIX9D 106.66, VIX 82.69, VIX3M 67.70 (sample-data/SOURCES.md), VIX6M 55.40.
        VolLevels levels = replay.volLevels();
        assertThat(levels.level(s, 0, 9 / 365.0)).isCloseTo(106.66, within(1e-9));
        assertThat(levels.level(s, 0, 30 / 365.0)).isCloseTo(82.69, within(1e-9));
        assertThat(levels.level(s, 0, 93 / 365.0)).isCloseTo(67.70, within(1e-9));
        assertThat(levels.level(s, 0, 184 / 365.0)).isCloseTo(55.40, within(1e-9));
        assertThat(s.open[0]).isEqualTo(covid.spxOpen(day));
    }
}
