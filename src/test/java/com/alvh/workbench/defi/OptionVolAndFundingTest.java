package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The option market's vol by regime and the perp funding default, recomputed from the shipped files
 * (sample-data/eth_usd_daily.csv, sample-data/eth_perp_funding_binance.csv) and checked against the
 * constants the samples use, plus the forecast's identities.
 */
class OptionVolAndFundingTest {

    private static final Path DATA = Path.of("sample-data");

    @Test
    void persistenceIsFittedOnTheEthHistory() throws IOException {
        OptionVolRegime.Fit fit = OptionVolRegime.fit(DATA.resolve("eth_usd_daily.csv"));
        assertThat(fit.windows()).isEqualTo(2943 - 60 + 1); // 2,944 closes: 2,943 returns
        assertThat(fit.persistence()).isCloseTo(DefiCalibration.IMPLIED_VOL_PERSISTENCE, within(5e-5));
        assertThat(fit.standardError()).isBetween(0.05, 0.12);
        assertThat(fit.independentWindows()).isEqualTo(97);
        // Volatility clusters (b well above 0) but mean-reverts (b well below 1): both more than 4 SE away.
        assertThat(fit.persistence()).isGreaterThan(4 * fit.standardError()).isLessThan(1 - 4 * fit.standardError());
        // The long-run level the fit implies is ETH's typical (geometric mean) monthly vol, 0.6 .. 0.9.
        assertThat(fit.longRunVol()).isBetween(0.6, 0.9);
    }

    @Test
    void theForecastIsTheLongRunLevelMovedTowardRealisedVolInLogs() {
        double bar = 0.70;
        double b = DefiCalibration.IMPLIED_VOL_PERSISTENCE;
        // At the long-run level, or without a month of history: the level.
        assertThat(OptionVolRegime.forecast(bar, bar, b)).isCloseTo(bar, within(1e-15));
        assertThat(OptionVolRegime.forecast(bar, Double.NaN, b)).isEqualTo(bar);
        // Elasticity b: doubling realised vol multiplies the forecast by 2^b; b = 0 is the old fixed vol.
        assertThat(OptionVolRegime.forecast(bar, 2.8, b) / OptionVolRegime.forecast(bar, 1.4, b))
                .isCloseTo(Math.pow(2, b), within(1e-12));
        assertThat(OptionVolRegime.forecast(bar, 2.8, 0.0)).isEqualTo(bar);
        assertThat(OptionVolRegime.forecast(bar, 2.8, 1.0)).isCloseTo(2.8, within(1e-15));
        // Quotes: markup x forecast; in a 140 %-vol month ETH puts trade near 1.1 x 0.7 x 2^0.503 ~ 1.09, not 0.77.
        HedgeTerms t = HedgeTerms.DEFAULT;
        assertThat(t.impliedVol(bar, 1.4)).isCloseTo(1.10 * bar * Math.pow(2.0, b), within(1e-12));
    }

    @Test
    void fundingDefaultIsTheHistorysMeanAndShortsReceiveIt() throws IOException {
        FundingHistory h = FundingHistory.load(DATA);
        assertThat(h.days()).isEqualTo(1461);
        assertThat(h.meanAnnualRate()).isCloseTo(DefiCalibration.PERP_FUNDING_RATE, within(5e-6));
        Map<String, Double> byYear = h.annualRateByYear();
        assertThat(byYear).containsOnlyKeys("2020", "2021", "2022", "2023");
        assertThat(byYear.get("2021")).isCloseTo(0.3754, within(1e-4));
        assertThat(byYear.get("2022")).isCloseTo(0.0079, within(1e-4));
        // The whole-period mean is the day-weighted mean of the years.
        double weighted = (366 * byYear.get("2020") + 365 * (byYear.get("2021") + byYear.get("2022") + byYear.get("2023"))) / 1461;
        assertThat(h.meanAnnualRate()).isCloseTo(weighted, within(1e-12));
        assertThat(HedgeTerms.DEFAULT.fundingRate()).isEqualTo(DefiCalibration.PERP_FUNDING_RATE);
    }
}
