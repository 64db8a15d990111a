package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One asset's real daily history replayed on every path (one path is enough): its closes rebased to
 * the position's entry price, pool volume following the history's volume around the pool's quiet-day
 * level, no stablecoin depeg. Options on the asset are quoted around a fixed long-run volatility.
 *
 * @param name the asset
 * @param dates the trading days replayed (calendar days: crypto trades every day)
 * @param prices rebased closes, one per date (USD)
 * @param volumes pool volume per day (USD)
 * @param longRunVol the long-run volatility option quotes revert to (decimal per sqrt(year), {@link HedgeTerms#impliedVol})
 */
public record HistoryReplayMarket(String name, LocalDate[] dates, double[] prices, double[] volumes, double longRunVol)
        implements DefiMarketModel {

    public HistoryReplayMarket {
        if (dates == null || prices == null || volumes == null || prices.length < 2 || dates.length != prices.length
                || volumes.length != prices.length) {
            throw new IllegalArgumentException("a replay needs at least 2 days of dates, prices and volumes of equal length");
        }
        for (int t = 0; t < prices.length; t++) {
            if (!(prices[t] > 0) || !(volumes[t] >= 0)) {
                throw new IllegalArgumentException("day " + dates[t] + ": price " + prices[t] + " and volume " + volumes[t]
                        + " must be positive");
            }
        }
        if (!(longRunVol > 0)) {
            throw new IllegalArgumentException("longRunVol must be > 0, was " + longRunVol);
        }
    }

    /**
     * ETH closes of {@code sample-data/eth_usd_daily.csv} between two dates.
     *
     * @param csv the ETH file (columns date, close, volume_usd)
     * @param from first day
     * @param to last day
     * @param asset the position's asset: closes are rebased to its spot, volume scaled to its quiet-day level,
     *     option quotes revert to its total volatility
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if fewer than two days lie in the range (names the range)
     */
    public static HistoryReplayMarket eth(Path csv, LocalDate from, LocalDate to, AssetSpec asset) throws IOException {
        DefiData.Table t = DefiData.read(csv);
        int date = t.column("date");
        int close = t.column("close");
        int volume = t.column("volume_usd");
        List<LocalDate> ds = new ArrayList<>();
        List<double[]> pv = new ArrayList<>();
        for (String[] row : t.rows()) {
            LocalDate d = LocalDate.parse(row[date].strip());
            if (!d.isBefore(from) && !d.isAfter(to)) {
                ds.add(d);
                pv.add(new double[] {DefiData.number(row[close]), DefiData.number(row[volume])});
            }
        }
        if (ds.size() < 2) {
            throw new IllegalArgumentException("the ETH history has " + ds.size() + " days between " + from + " and " + to);
        }
        int n = ds.size();
        double scale = asset.spot() / pv.get(0)[0];
        double meanVolume = pv.stream().mapToDouble(x -> x[1]).average().orElse(1.0);
        double[] prices = new double[n];
        double[] volumes = new double[n];
        for (int i = 0; i < n; i++) {
            prices[i] = pv.get(i)[0] * scale;
            volumes[i] = meanVolume > 0 ? asset.dailyVolumeUsd() * pv.get(i)[1] / meanVolume : asset.dailyVolumeUsd();
        }
        return new HistoryReplayMarket(asset.name(), ds.toArray(LocalDate[]::new), prices, volumes,
                Math.sqrt(asset.totalVariance()));
    }

    /** Daily steps in the replay. */
    public int steps() {
        return prices.length - 1;
    }

    @Override
    public List<String> assetNames() {
        return List.of(name);
    }

    @Override
    public double longRunVol(int a) {
        return longRunVol;
    }

    @Override
    public PegSpec peg() {
        return null;
    }

    @Override
    public void initialise(DefiPathState state) {
        Arrays.fill(state.price[0], prices[0]);
        Arrays.fill(state.volume[0], volumes[0]);
        Arrays.fill(state.logReturn[0], 0.0);
        Arrays.fill(state.peg, 1.0);
    }

    @Override
    public void advance(DefiPathState state, int step, double dt, UniformRandomProvider random) {
        if (step >= prices.length) {
            throw new IllegalArgumentException("the replay has " + steps() + " steps, step " + step + " asked");
        }
        double r = Math.log(prices[step] / prices[step - 1]);
        Arrays.fill(state.logReturn[0], r);
        Arrays.fill(state.price[0], prices[step]);
        Arrays.fill(state.volume[0], volumes[step]);
    }
}
