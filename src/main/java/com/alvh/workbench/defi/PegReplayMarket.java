package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real stablecoin depeg replayed day by day on every path (one path is enough): the daily price of a
 * named coin of {@code stablecoin_prices_daily_defillama.csv} is the pool's depegging coin (the
 * {@link DefiPathState#peg} that {@link StableLp} reads), and the real ETH closes of
 * {@code eth_usd_daily.csv} on the same dates, rebased to the ETH entry price as
 * {@link HistoryReplayMarket} does, are the hedge asset (so its realised volatility is real too).
 *
 * <p>Hedge marks: peg puts are priced by the simulation from {@link #peg()}, the depeg process
 * calibrated on the same file ({@link DefiCalibration#PEG}); the replay supplies only the price path.
 * A day's history says what the coin did, not what a put on it cost that day; the calibrated process
 * is the one price list the model paths use too, so replay and model runs are priced alike. Options on
 * ETH are priced at the asset's total volatility, as in {@link HistoryReplayMarket}.
 *
 * <p>Prices above 1 (e.g. USDC at 1.006 on 2023-03-20) are replayed as they are; {@link StableLp}
 * values a coin at or above par as par. {@link DefiPathState#pegDead} stays false: the replay has no
 * model state, only prices.
 *
 * @param label what is replayed (e.g. "UST (terrausd) 2022-05-01 .. 2022-06-30")
 * @param coin the stablecoin's column in the file (e.g. "terrausd")
 * @param pegPrices the coin's daily price (USD), one per date of {@code asset}
 * @param asset the ETH replay on the same dates (its dates are the replay's)
 * @param pricingPeg the depeg process peg puts are priced with
 */
public record PegReplayMarket(String label, String coin, double[] pegPrices, HistoryReplayMarket asset, PegSpec pricingPeg)
        implements DefiMarketModel {

    /** The ETH file in the sample-data directory. */
    public static final String ETH_FILE = "eth_usd_daily.csv";

    /**
     * A named window of the stablecoin file.
     *
     * @param key short id used by scenario files and the CLI ("ust-2022")
     * @param coin the coin's column in {@link StablecoinHistory#FILE}
     * @param from first day replayed (the entry day)
     * @param to last day replayed
     * @param label a human label
     */
    public record Episode(String key, String coin, LocalDate from, LocalDate to, String label) {
        public Episode {
            if (key == null || key.isBlank() || coin == null || coin.isBlank() || from == null || to == null
                    || !from.isBefore(to)) {
                throw new IllegalArgumentException("Episode '" + key + "' needs a key, a coin and from before to, were coin "
                        + coin + ", " + from + " .. " + to);
            }
        }
    }

    /**
     * The named episodes (key to episode, in this order); windows justified in docs/defi.md:
     * <ul>
     *   <li>{@code ust-2022}: terrausd 2022-05-01 .. 2022-06-30, a week at par (1.0018 on 05-01, last
     *       day above 0.999 on 05-06), the break (0.9947 on 05-07, 0.754 on 05-08), the spiral to its
     *       low (0.0064 on 06-18) and the end of June;</li>
     *   <li>{@code usdc-2023}: usd-coin 2023-03-01 .. 2023-03-31, nine days at par, SVB's failure on
     *       Friday 03-10 (0.9976 at 00:00 UTC), the daily low 0.961 on 03-11, 0.992 on 03-12 and
     *       0.9994 on 03-13 after the deposit backstop, then the rest of March back at par.</li>
     * </ul>
     */
    public static final Map<String, Episode> EPISODES = episodes(
            new Episode("ust-2022", "terrausd", LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 30),
                    "UST death spiral, May-June 2022"),
            new Episode("usdc-2023", "usd-coin", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31),
                    "USDC depeg after SVB, March 2023"));

    public PegReplayMarket {
        if (label == null || label.isBlank() || coin == null || coin.isBlank()) {
            throw new IllegalArgumentException("PegReplayMarket needs a label and a coin, were '" + label + "', '" + coin + "'");
        }
        if (asset == null || pegPrices == null || pegPrices.length != asset.prices().length) {
            throw new IllegalArgumentException("PegReplayMarket '" + coin + "' needs one price per day of the ETH replay ("
                    + (asset == null ? "none" : asset.prices().length) + " days), had "
                    + (pegPrices == null ? "none" : pegPrices.length));
        }
        for (int t = 0; t < pegPrices.length; t++) {
            if (!(pegPrices[t] > 0) || !Double.isFinite(pegPrices[t])) {
                throw new IllegalArgumentException("PegReplayMarket '" + coin + "' price on " + asset.dates()[t]
                        + " must be a positive number, was " + pegPrices[t]);
            }
        }
        if (pricingPeg == null) {
            throw new IllegalArgumentException("PegReplayMarket.pricingPeg must not be null (peg puts are priced with it)");
        }
        pegPrices = pegPrices.clone();
    }

    /**
     * A named episode of {@link #EPISODES}, with the samples' ETH asset (entry 3,000) and the calibrated
     * peg process for hedge prices.
     *
     * @param dataDirectory the sample-data directory (holds {@link StablecoinHistory#FILE} and {@link #ETH_FILE})
     * @param episodeKey a key of {@link #EPISODES}
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException for an unknown key (names it and the known keys)
     */
    public static PegReplayMarket episode(Path dataDirectory, String episodeKey) throws IOException {
        Episode e = EPISODES.get(episodeKey);
        if (e == null) {
            throw new IllegalArgumentException("no depeg episode '" + episodeKey + "' (episodes: " + EPISODES.keySet() + ")");
        }
        return load(dataDirectory, e.coin(), e.from(), e.to(), e.label() + " (" + e.coin() + " " + e.from() + " .. "
                + e.to() + ")", DefiSamples.ethAsset(), DefiCalibration.PEG);
    }

    /**
     * Any window of any coin of the stablecoin file, with the samples' ETH asset and the calibrated
     * peg process for hedge prices.
     *
     * @param dataDirectory the sample-data directory
     * @param coin a column of {@link StablecoinHistory#FILE} (e.g. "dai")
     * @param from first day (the entry day)
     * @param to last day (after {@code from})
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException for an unknown coin, a window outside either file, or a day
     *     without a price (names the coin and the date)
     */
    public static PegReplayMarket load(Path dataDirectory, String coin, LocalDate from, LocalDate to) throws IOException {
        return load(dataDirectory, coin, from, to, coin + " " + from + " .. " + to, DefiSamples.ethAsset(),
                DefiCalibration.PEG);
    }

    /**
     * The general form of {@link #load(Path, String, LocalDate, LocalDate)}.
     *
     * @param dataDirectory the sample-data directory
     * @param coin a column of {@link StablecoinHistory#FILE}
     * @param from first day
     * @param to last day (after {@code from})
     * @param label what is replayed
     * @param ethAsset the position's hedge asset: ETH closes are rebased to its spot, options priced at its total vol
     * @param pricingPeg the depeg process peg puts are priced with
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException as {@link #load(Path, String, LocalDate, LocalDate)}
     */
    public static PegReplayMarket load(Path dataDirectory, String coin, LocalDate from, LocalDate to, String label,
                                       AssetSpec ethAsset, PegSpec pricingPeg) throws IOException {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a depeg replay of '" + coin + "' needs from before to, were " + from + " .. " + to);
        }
        StablecoinHistory history = StablecoinHistory.load(dataDirectory);
        if (!history.coins().contains(coin)) {
            throw new IllegalArgumentException("no stablecoin '" + coin + "' in " + StablecoinHistory.FILE + " (coins: "
                    + history.coins() + ")");
        }
        if (from.isBefore(history.firstDate()) || to.isAfter(history.lastDate())) {
            throw new IllegalArgumentException("the " + coin + " window " + from + " .. " + to + " is outside "
                    + StablecoinHistory.FILE + " (" + history.firstDate() + " .. " + history.lastDate() + ")");
        }
        int n = Math.toIntExact(to.toEpochDay() - from.toEpochDay()) + 1;
        double[] prices = new double[n];
        for (int t = 0; t < n; t++) {
            LocalDate d = from.plusDays(t);
            prices[t] = history.price(coin, d);
            if (Double.isNaN(prices[t])) {
                throw new IllegalArgumentException("no " + coin + " price on " + d + " in " + StablecoinHistory.FILE
                        + " (a missing day inside " + from + " .. " + to + ")");
            }
        }
        HistoryReplayMarket eth;
        try {
            eth = HistoryReplayMarket.eth(dataDirectory.resolve(ETH_FILE), from, to, ethAsset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + coin + " window " + from + " .. " + to + " has no ETH closes in "
                    + ETH_FILE + ": " + e.getMessage(), e);
        }
        LocalDate[] ethDays = eth.dates();
        for (int t = 0; t < n; t++) {
            LocalDate d = from.plusDays(t);
            if (t >= ethDays.length || !ethDays[t].equals(d)) {
                throw new IllegalArgumentException("no ETH close on " + d + " in " + ETH_FILE + " for the " + coin
                        + " window " + from + " .. " + to);
            }
        }
        return new PegReplayMarket(label, coin, prices, eth, pricingPeg);
    }

    private static Map<String, Episode> episodes(Episode... es) {
        Map<String, Episode> m = new LinkedHashMap<>();
        for (Episode e : es) {
            m.put(e.key(), e);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The days replayed (calendar days, the first is the entry day). */
    public LocalDate[] dates() {
        return asset.dates();
    }

    /** The coin's price per day (USD, a copy). */
    @Override
    public double[] pegPrices() {
        return pegPrices.clone();
    }

    /** Daily steps in the replay. */
    public int steps() {
        return pegPrices.length - 1;
    }

    @Override
    public List<String> assetNames() {
        return asset.assetNames();
    }

    @Override
    public double longRunVol(int a) {
        return asset.longRunVol(a);
    }

    /** The calibrated depeg process peg puts are priced with (the replayed path does not follow it). */
    @Override
    public PegSpec peg() {
        return pricingPeg;
    }

    @Override
    public void initialise(DefiPathState state) {
        asset.initialise(state);
        Arrays.fill(state.peg, pegPrices[0]);
        Arrays.fill(state.pegDead, false);
    }

    @Override
    public void advance(DefiPathState state, int step, double dt, UniformRandomProvider random) {
        asset.advance(state, step, dt, random);
        Arrays.fill(state.peg, pegPrices[step]);
    }
}
