package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;

import java.util.Arrays;
import java.util.Objects;

/**
 * Calls and puts of one SPX expiry priced at the same strikes, each strike at one vol from the
 * skew model (so call and put of a strike share a vol and put-call parity must hold).
 *
 * @param spot S (index points)
 * @param timeToExpiry T (years, Act/365)
 * @param rate r (continuously compounded)
 * @param dividendYield q (continuously compounded)
 * @param strikes strikes (index points)
 * @param vols vol per strike (decimal)
 * @param calls call price per strike (index points per unit)
 * @param puts put price per strike (index points per unit)
 */
public record PricedChain(double spot, double timeToExpiry, double rate, double dividendYield,
                          double[] strikes, double[] vols, double[] calls, double[] puts) {

    public PricedChain {
        Objects.requireNonNull(strikes, "strikes");
        Objects.requireNonNull(vols, "vols");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(puts, "puts");
        int n = strikes.length;
        if (vols.length != n || calls.length != n || puts.length != n) {
            throw new IllegalArgumentException("vols, calls and puts must match strikes length " + n + ", were "
                    + vols.length + ", " + calls.length + ", " + puts.length);
        }
        strikes = strikes.clone();
        vols = vols.clone();
        calls = calls.clone();
        puts = puts.clone();
    }

    /**
     * Price a chain with the skew model.
     *
     * @param market the snapshot
     * @param skew the skew model
     * @param timeToExpiry T (years, &gt; 0)
     * @param strikes strikes (index points, &gt; 0)
     * @return the priced chain
     */
    public static PricedChain price(MarketSnapshot market, SkewModel skew, double timeToExpiry, double[] strikes) {
        int n = strikes.length;
        double[] vols = new double[n];
        double[] calls = new double[n];
        double[] puts = new double[n];
        double forward = market.forward(timeToExpiry);
        for (int i = 0; i < n; i++) {
            vols[i] = skew.vol(forward, strikes[i], timeToExpiry, market.vix());
            calls[i] = BlackScholes.price(OptionType.CALL, market.spot(), strikes[i], timeToExpiry, market.rate(),
                    market.dividendYield(), vols[i]);
            puts[i] = BlackScholes.price(OptionType.PUT, market.spot(), strikes[i], timeToExpiry, market.rate(),
                    market.dividendYield(), vols[i]);
        }
        return new PricedChain(market.spot(), timeToExpiry, market.rate(), market.dividendYield(), strikes, vols,
                calls, puts);
    }

    /** Strikes (a copy). */
    @Override
    public double[] strikes() {
        return strikes.clone();
    }

    /** Vols (a copy). */
    @Override
    public double[] vols() {
        return vols.clone();
    }

    /** Call prices (a copy). */
    @Override
    public double[] calls() {
        return calls.clone();
    }

    /** Put prices (a copy). */
    @Override
    public double[] puts() {
        return puts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PricedChain c && Double.compare(spot, c.spot) == 0
                && Double.compare(timeToExpiry, c.timeToExpiry) == 0 && Double.compare(rate, c.rate) == 0
                && Double.compare(dividendYield, c.dividendYield) == 0 && Arrays.equals(strikes, c.strikes)
                && Arrays.equals(vols, c.vols) && Arrays.equals(calls, c.calls) && Arrays.equals(puts, c.puts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spot, timeToExpiry, rate, dividendYield, Arrays.hashCode(strikes),
                Arrays.hashCode(vols), Arrays.hashCode(calls), Arrays.hashCode(puts));
    }

    @Override
    public String toString() {
        return "PricedChain[spot=" + spot + ", T=" + timeToExpiry + ", strikes=" + strikes.length + "]";
    }
}
