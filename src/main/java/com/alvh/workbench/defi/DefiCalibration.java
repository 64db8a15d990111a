package com.alvh.workbench.defi;

import java.util.List;

/**
 * The calibrated numbers the sample scenarios use, computed from sample-data by
 * {@link StablecoinHistory#calibratedPeg} and {@link ExploitHistory#fit} (the test
 * {@code DefiCalibrationTest} recomputes them from the files and checks these constants).
 */
public final class DefiCalibration {

    private DefiCalibration() {
    }

    /** Coins whose episodes set the depeg intensities (14 coins, 36.2 coin-years in the file). */
    public static final List<String> PEG_MAJORS = List.of("tether", "usd-coin", "dai", "binance-usd", "frax", "true-usd",
            "paxos-standard", "gemini-dollar", "terrausd", "husd", "usdk", "neutrino", "musd", "nusd");

    /**
     * Depegs: runs below 0.97 at 1.078 per coin-year, median first-day depth 3.89 % (USDC 2023-03-11 at
     * 0.961), recovery 1.573 per day (USDC 0.961 then 0.9919), death 1 per 36.16 coin-years = 0.02765
     * per year (UST), first day 0.754 (UST 2022-05-08), decay 0.1164 per day (to 0.0064 on 2022-06-18),
     * noise 5 bp per day.
     */
    public static final PegSpec PEG = new PegSpec(1.0784, 0.038935, 0.6, 1.5729, 0.027652, 0.754, 0.11644, 0.0005,
            4.0 / 76.0);

    /** Fiat-backed stablecoins of the file (the group USDC's missing history falls back to). */
    public static final List<String> FIAT_BACKED = List.of("tether", "usd-coin", "binance-usd", "paxos-standard", "true-usd",
            "gemini-dollar", "husd", "usdk", "usdp");
    /** Crypto-backed stablecoins of the file. */
    public static final List<String> CRYPTO_BACKED = List.of("dai", "musd", "nusd", "reserve", "origin-dollar",
            "just-stablecoin", "celo-dollar");
    /** Algorithmic and fractional stablecoins of the file. */
    public static final List<String> ALGORITHMIC = List.of("terrausd", "usdx", "neutrino", "frax");

    /**
     * USDC's own depeg process ({@link StablecoinHistory#pegSpecFor}): one run in 2.58 years (0.387 a year,
     * exact 95 % interval 0.010 .. 2.16) of first-day depth 3.89 % (2023-03-11); too little history for its
     * own depth spread (log-sd: the assumption 0.6); no death of its own, so the fiat-backed group's: one
     * death (HUSD, 2022-2023) in 23.2 coin-years; recovery and collapse shapes as {@link #PEG}; a run turns
     * into a death with probability 4 / 76 (all coins).
     */
    public static final PegSpec USDC_PEG = new PegSpec(0.38706, 0.038935, 0.6, 1.5729, 0.043103, 0.754, 0.11644, 0.0005,
            4.0 / 76.0);

    /**
     * Exploits of at least USD 1M per year, 2022-2025 (115 incidents in 4 years; exact 95 % interval
     * 23.7 .. 34.5, {@link ExploitEstimates}).
     */
    public static final double EXPLOITS_PER_YEAR = 28.75;

    /**
     * Value locked in DeFi (USD) that the exploits are spread over: 80 billion, an assumption between
     * DefiLlama's published totals of the period (about 38 billion on 2023-01-01, 53 billion at the end of
     * 2023, about 100 billion in mid-2024, 170 billion at the start of 2022).
     */
    public static final double DEFI_TVL_USD = 80e9;

    /**
     * Share of exploits (at least USD 1M, 2022-2025) through shared infrastructure: price / oracle
     * manipulation (28) and bridges (5) of 115, {@link ExploitEstimates#sharedShare}.
     */
    public static final double SHARED_DEPENDENCY_SHARE = 33.0 / 115.0;
    /** Pareto scale of exploit losses (USD). */
    public static final double EXPLOIT_SCALE = 1e6;
    /** Hill estimate of the exploit-loss tail index above USD 1M (standard error 0.057): infinite mean. */
    public static final double EXPLOIT_TAIL_INDEX = 0.6071;

    /**
     * Perpetual funding per year, positive when longs pay shorts: the mean of Binance ETHUSDT's 4,383
     * fixings 2020-2023 times 1,095 ({@link FundingHistory#meanAnnualRate}); by year 27.4 %, 37.5 %,
     * 0.8 %, 8.3 %.
     */
    public static final double PERP_FUNDING_RATE = 0.18506;

    /**
     * Elasticity of next month's ETH volatility to last month's ({@link OptionVolRegime#fit}: slope of
     * ln forward 30-day realised vol on ln trailing, 2,884 daily windows 2017-11 .. 2025-11; standard
     * error 0.086 on 97 non-overlapping windows).
     */
    public static final double IMPLIED_VOL_PERSISTENCE = 0.5031;
}
