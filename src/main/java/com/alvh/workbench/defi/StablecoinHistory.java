package com.alvh.workbench.defi;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily stablecoin prices (DefiLlama/CoinGecko, {@code stablecoin_prices_daily_defillama.csv}) and the
 * depeg statistics the {@link PegSpec} is calibrated from. One price snapshot per day at 00:00 UTC:
 * intraday troughs are missed (USDC's 0.87 on 2023-03-11 shows as 0.961).
 */
public final class StablecoinHistory {

    /** File name in sample-data/. */
    public static final String FILE = "stablecoin_prices_daily_defillama.csv";

    private final LocalDate[] dates;
    private final List<String> coins;
    private final double[][] prices; // [coin][day], NaN if missing

    private StablecoinHistory(LocalDate[] dates, List<String> coins, double[][] prices) {
        this.dates = dates;
        this.coins = coins;
        this.prices = prices;
    }

    /**
     * @param directory the sample-data directory
     * @return the history
     * @throws IOException if the file cannot be read or has no rows
     */
    public static StablecoinHistory load(Path directory) throws IOException {
        DefiData.Table t = DefiData.read(directory.resolve(FILE));
        if (t.rows().isEmpty()) {
            throw new IOException(FILE + " has no rows");
        }
        List<String> coins = t.header().subList(1, t.header().size());
        LocalDate[] dates = new LocalDate[t.rows().size()];
        double[][] p = new double[coins.size()][dates.length];
        for (int d = 0; d < dates.length; d++) {
            String[] row = t.rows().get(d);
            dates[d] = LocalDate.parse(row[0]);
            for (int c = 0; c < coins.size(); c++) {
                p[c][d] = DefiData.number(row[c + 1]);
            }
        }
        return new StablecoinHistory(dates, List.copyOf(coins), p);
    }

    /** The coin's price on a date (USD), NaN if absent. */
    public double price(String coin, LocalDate date) {
        int c = coinIndex(coin);
        for (int d = 0; d < dates.length; d++) {
            if (dates[d].equals(date)) {
                return prices[c][d];
            }
        }
        return Double.NaN;
    }

    /** Prices of {@code coin} from {@code from} for {@code days} rows (missing values carried forward). */
    public double[] path(String coin, LocalDate from, int days) {
        int c = coinIndex(coin);
        int d0 = 0;
        while (d0 < dates.length && dates[d0].isBefore(from)) {
            d0++;
        }
        double[] out = new double[days];
        double last = 1.0;
        for (int k = 0; k < days; k++) {
            int d = Math.min(d0 + k, dates.length - 1);
            double v = prices[c][d];
            last = Double.isNaN(v) ? last : v;
            out[k] = last;
        }
        return out;
    }

    /** Lowest price of {@code coin} over {@code [from, to]}. */
    public double minimum(String coin, LocalDate from, LocalDate to) {
        int c = coinIndex(coin);
        double m = Double.POSITIVE_INFINITY;
        for (int d = 0; d < dates.length; d++) {
            if (!dates[d].isBefore(from) && !dates[d].isAfter(to) && !Double.isNaN(prices[c][d])) {
                m = Math.min(m, prices[c][d]);
            }
        }
        return m;
    }

    /**
     * Daily recovery rate of a run: with the deviation {@code 1 - p} on {@code trough} and on the next
     * day, {@code ln(dev_trough / dev_next)} (per day).
     */
    public double recoveryRate(String coin, LocalDate trough) {
        double a = 1.0 - price(coin, trough);
        double b = 1.0 - price(coin, trough.plusDays(1));
        return Math.log(a / Math.max(b, 1e-6));
    }

    /**
     * Depeg episodes per coin-year: entries below {@code threshold} after having been above 0.995,
     * over the given coins and the whole file.
     */
    public double episodesPerCoinYear(List<String> coinNames, double threshold) {
        int events = 0;
        double years = 0;
        for (String coin : coinNames) {
            int c = coinIndex(coin);
            boolean below = false;
            int observed = 0;
            for (int d = 0; d < dates.length; d++) {
                double v = prices[c][d];
                if (Double.isNaN(v)) {
                    continue;
                }
                observed++;
                if (!below && v < threshold) {
                    events++;
                    below = true;
                } else if (below && v > 0.995) {
                    below = false;
                }
            }
            years += observed / 365.0;
        }
        return events / years;
    }

    /** First day of the file. */
    public LocalDate firstDate() {
        return dates[0];
    }

    /** Last day of the file. */
    public LocalDate lastDate() {
        return dates[dates.length - 1];
    }

    /** Coins in the file. */
    public List<String> coins() {
        return coins;
    }

    private int coinIndex(String coin) {
        int c = coins.indexOf(coin);
        if (c < 0) {
            throw new IllegalArgumentException("no stablecoin '" + coin + "' in " + FILE + " (coins: " + coins + ")");
        }
        return c;
    }

    /**
     * The peg process calibrated on this file (numbers in docs/defi.md):
     * <ul>
     *   <li>run depth median: USDC's first-day depth on 2023-03-11, {@code 1 - 0.961};</li>
     *   <li>run depth log-sd 0.6: puts the 95th percentile near 10 %, inside the range of the
     *       sub-0.97 episodes of the file (3-14 %, excluding death spirals);</li>
     *   <li>recovery rate: USDC's, {@code ln(0.0389 / 0.0081)} ~ 1.57 per day;</li>
     *   <li>run intensity: episodes below 0.97 per coin-year over the major coins;</li>
     *   <li>death: UST's first day (0.754 on 2022-05-08) and its log decay to 0.0064 by 2022-06-18;
     *       intensity one death in the coin-years of the file's {@code deathCoins}.</li>
     * </ul>
     *
     * @param majors coins whose episodes set the run intensity
     */
    public PegSpec calibratedPeg(List<String> majors) {
        LocalDate usdcTrough = LocalDate.of(2023, 3, 11);
        double depth = 1.0 - price("usd-coin", usdcTrough);
        double recovery = recoveryRate("usd-coin", usdcTrough);
        double runs = episodesPerCoinYear(majors, 0.97);
        LocalDate ustStart = LocalDate.of(2022, 5, 8);
        LocalDate ustEnd = LocalDate.of(2022, 6, 18);
        double first = price("terrausd", ustStart);
        double decay = Math.log(first / price("terrausd", ustEnd)) / (ustEnd.toEpochDay() - ustStart.toEpochDay());
        double coinYears = 0;
        for (String coin : majors) {
            int c = coinIndex(coin);
            for (double v : prices[c]) {
                if (!Double.isNaN(v)) {
                    coinYears += 1.0 / 365.0;
                }
            }
        }
        return new PegSpec(runs, depth, 0.6, recovery, 1.0 / coinYears, first, decay, 0.0005, deathGivenRun());
    }

    /** Threshold below which a coin is in a run. */
    public static final double RUN_THRESHOLD = 0.97;
    /** Price above which a run is over (the next fall below the threshold is a new run). */
    public static final double REARM = 0.995;
    /** A run is a death when the coin later falls below this and never again trades above the run threshold. */
    public static final double DEATH_LEVEL = 0.5;
    /** Runs below which a coin's own depth spread cannot be estimated: its log-sd is the assumption 0.6. */
    public static final int MIN_RUNS = 3;

    /**
     * One coin's depeg history.
     *
     * @param coin the column
     * @param coinYears observed days / 365
     * @param runs runs below 0.97 (re-armed above 0.995)
     * @param runRate {@code runs / coinYears}
     * @param runRateLow95 exact Poisson 95 % interval, low end (per year)
     * @param runRateHigh95 high end
     * @param firstDayDepths {@code 1 - price} on each run's first day below 0.97
     * @param lowest the lowest price
     * @param deaths runs that became deaths (fell below 0.5 and never came back above 0.97)
     */
    public record CoinDepegs(String coin, double coinYears, int runs, double runRate, double runRateLow95, double runRateHigh95,
                             double[] firstDayDepths, double lowest, int deaths) {

        /** Whether the coin has fewer than {@link #MIN_RUNS} runs: too little history for its own depth spread. */
        public boolean tooLittleHistory() {
            return runs < MIN_RUNS;
        }
    }

    /** The depeg history of one coin (runs, deaths, depths) by the rules of {@link #RUN_THRESHOLD}. */
    public CoinDepegs depegs(String coin) {
        int c = coinIndex(coin);
        int observed = 0;
        int runs = 0;
        int deaths = 0;
        boolean below = false;
        boolean dead = false;
        double lowest = Double.POSITIVE_INFINITY;
        java.util.List<Double> depths = new java.util.ArrayList<>();
        for (int d = 0; d < dates.length; d++) {
            double v = prices[c][d];
            if (Double.isNaN(v)) {
                continue;
            }
            observed++;
            lowest = Math.min(lowest, v);
            if (!below && v < RUN_THRESHOLD) {
                runs++;
                below = true;
                depths.add(1.0 - v);
            } else if (below && v > REARM) {
                below = false;
            }
            if (!dead && v < DEATH_LEVEL && neverAbove(c, d, RUN_THRESHOLD)) {
                dead = true;
                deaths++;
            }
        }
        double years = observed / 365.0;
        double[] ci = ExploitEstimates.poissonInterval(runs, 0.95);
        return new CoinDepegs(coin, years, runs, runs / years, ci[0] / years, ci[1] / years,
                depths.stream().mapToDouble(Double::doubleValue).toArray(), lowest, deaths);
    }

    private boolean neverAbove(int c, int from, double level) {
        for (int d = from; d < dates.length; d++) {
            if (prices[c][d] > level) {
                return false;
            }
        }
        return true;
    }

    /**
     * The probability that a run turns into a death spiral: deaths over runs, all coins of the file
     * (4 of 76: usdx, terrausd, husd, neutrino).
     */
    public double deathGivenRun() {
        int runs = 0;
        int deaths = 0;
        for (String coin : coins) {
            CoinDepegs d = depegs(coin);
            runs += d.runs();
            deaths += d.deaths();
        }
        return (double) deaths / runs;
    }

    /**
     * The peg process of one coin from its own history, falling back to its group's where it has too
     * little: run intensity its own ({@code runs / years}; the group's pooled rate if it never ran);
     * run depth median its own first-day depths' median (the group's if none); depth log-sd its own if
     * it ran at least {@link #MIN_RUNS} times, else the assumption 0.6; death intensity its own deaths per
     * year if it died, else its group's deaths per group coin-year; recovery, death shape, noise and
     * {@code deathGivenRun} as {@link #calibratedPeg} (USDC's recovery, UST's collapse: the only ones the
     * file shows).
     *
     * @param coin the coin
     * @param group the coins of its kind (fiat-backed, crypto-backed, algorithmic), the coin among them
     */
    public PegSpec pegSpecFor(String coin, java.util.List<String> group) {
        CoinDepegs own = depegs(coin);
        double groupYears = 0;
        int groupRuns = 0;
        int groupDeaths = 0;
        java.util.List<Double> groupDepths = new java.util.ArrayList<>();
        for (String g : group) {
            CoinDepegs d = depegs(g);
            groupYears += d.coinYears();
            groupRuns += d.runs();
            groupDeaths += d.deaths();
            for (double x : d.firstDayDepths()) {
                groupDepths.add(x);
            }
        }
        double runRate = own.runs() > 0 ? own.runRate() : groupRuns / groupYears;
        double[] depths = own.runs() > 0 ? own.firstDayDepths()
                : groupDepths.stream().mapToDouble(Double::doubleValue).toArray();
        double median = median(depths);
        double logSd = own.tooLittleHistory() ? 0.6 : logStdev(own.firstDayDepths());
        double deathRate = own.deaths() > 0 ? own.deaths() / own.coinYears() : groupDeaths / groupYears;
        PegSpec pooled = calibratedPeg(DefiCalibration.PEG_MAJORS);
        return new PegSpec(runRate, median, logSd, pooled.recoveryRate(), deathRate, pooled.deathFirstDay(),
                pooled.deathDailyLogDecay(), pooled.noise(), deathGivenRun());
    }

    /**
     * The history up to and including {@code last}: what a buyer of cover could know the next morning.
     *
     * @param last the last day kept
     * @return the truncated history (the same coins)
     * @throws IllegalArgumentException if the file has no day on or before {@code last}
     */
    public StablecoinHistory until(LocalDate last) {
        int n = 0;
        while (n < dates.length && !dates[n].isAfter(last)) {
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("no stablecoin prices on or before " + last + " (" + FILE + " starts "
                    + dates[0] + ")");
        }
        double[][] p = new double[prices.length][];
        for (int c = 0; c < prices.length; c++) {
            p[c] = java.util.Arrays.copyOf(prices[c], n);
        }
        return new StablecoinHistory(java.util.Arrays.copyOf(dates, n), coins, p);
    }

    /**
     * A depeg process pooled over {@code pool} from this history alone, by the rules of {@link #depegs}:
     * runs and deaths per coin-year; the median of the runs' first-day depths and their log-sd (the
     * assumption 0.6 with fewer than {@link #MIN_RUNS} runs); {@code P(death | run)} over every coin of the
     * history (0 if none died yet). Recovery, the collapse's shape and the noise come from {@code shapes}: the
     * file shows them only in 2022-2023 (with no death yet the collapse's shape enters no price). With
     * {@link #until} it prices cover on what was known on a day instead of on the episodes themselves.
     *
     * @param pool coins whose runs and deaths are pooled
     * @param shapes the process whose recovery, collapse and noise are kept
     * @throws IllegalArgumentException if the pooled coins never ran (no depth to take a median of)
     */
    public PegSpec pooledPeg(List<String> pool, PegSpec shapes) {
        double years = 0;
        int runs = 0;
        int deaths = 0;
        java.util.List<Double> depths = new java.util.ArrayList<>();
        for (String coin : pool) {
            CoinDepegs d = depegs(coin);
            years += d.coinYears();
            runs += d.runs();
            deaths += d.deaths();
            for (double x : d.firstDayDepths()) {
                depths.add(x);
            }
        }
        if (runs == 0) {
            throw new IllegalArgumentException("no run below " + RUN_THRESHOLD + " of " + pool + " up to " + lastDate());
        }
        double[] x = depths.stream().mapToDouble(Double::doubleValue).toArray();
        double logSd = runs < MIN_RUNS ? 0.6 : logStdev(x);
        return new PegSpec(runs / years, median(x), logSd, shapes.recoveryRate(), deaths / years, shapes.deathFirstDay(),
                shapes.deathDailyLogDecay(), shapes.noise(), deathGivenRun());
    }

    /** Sample standard deviation of the logs (at least two values). */
    private static double logStdev(double[] x) {
        double m = 0;
        for (double v : x) {
            m += Math.log(v);
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (Math.log(v) - m) * (Math.log(v) - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
