package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.math.BigInteger;

/**
 * A single-sided deposit of the sound coin (coin 0, e.g. USDC) into a two-coin StableSwap pool whose
 * other coin (coin 1) can depeg (the market's {@link PegSpec}).
 *
 * <p>Entry and exit are priced with the contract arithmetic ({@link CurveStableSwapMath}): the
 * single-sided {@code add_liquidity} into the balanced pool and a one-coin withdrawal of the minted
 * LP at par give the round-trip cost, charged at entry (half) and in every mark (the other half, as
 * a liquidation value). Through a depeg the pool is where arbitrage leaves it
 * ({@link StableSwap#depegBalances}, fees ignored): the LP's value per unit of invariant is
 * {@code x0 + p x1}, tabulated once per pool ({@link DepegTable}). Fees: {@code feeRate x (1 - adminFee) x
 * volume x share}, volume {@code = dailyVolume x days x v(p) x (1 + volumeSpike x 100 |1 - p|)} with
 * {@code v(p) = x0 + p x1} the pool's USD value per unit of invariant (1 at par): the pool turns over
 * its current value, so a drained pool of a dead coin earns next to nothing.
 *
 * @param name label
 * @param capital USD deposited
 * @param amp the contract's A (e.g. 200)
 * @param feeRate swap fee (decimal, 0.0004)
 * @param adminFee share of fees to the DAO (decimal, 0.5)
 * @param poolTvlUsd pool size before the deposit (USD, balanced)
 * @param dailyVolumeUsd quiet-day volume (USD)
 * @param volumeSpike extra volume per 1 % of depeg (e.g. 2: a 3 % depeg trades 7x)
 * @param hedgeAsset asset index for asset hedges (0)
 */
public record StableLp(String name, double capital, double amp, double feeRate, double adminFee, double poolTvlUsd,
                       double dailyVolumeUsd, double volumeSpike, int hedgeAsset) implements DefiPosition {

    public StableLp {
        if (!(capital > 0) || !(amp >= 1) || !(feeRate >= 0 && feeRate < 0.05) || !(adminFee >= 0 && adminFee <= 1)
                || !(poolTvlUsd > 0) || !(dailyVolumeUsd >= 0) || !(volumeSpike >= 0)) {
            throw new IllegalArgumentException("StableLp '" + name + "' invalid: capital " + capital + ", A " + amp
                    + ", fee " + feeRate + ", admin " + adminFee + ", tvl " + poolTvlUsd);
        }
    }

    @Override
    public boolean chartsPeg() {
        return true;
    }

    @Override
    public String metricName() {
        return "stablecoin price (USD)";
    }

    /**
     * Round-trip cost of the single-sided deposit and one-coin withdrawal at par, as a fraction of
     * the deposit, by the contract's integer arithmetic.
     */
    public double roundTripCost() {
        BigInteger e18 = BigInteger.TEN.pow(18);
        BigInteger half = BigInteger.valueOf(Math.round(poolTvlUsd / 2)).multiply(e18);
        BigInteger[] bal = {half, half};
        BigInteger[] pmul = {BigInteger.ONE, BigInteger.ONE};
        Amplification a = Amplification.of(amp);
        BigInteger fee = BigInteger.valueOf(Math.round(feeRate * 1e10));
        BigInteger supply = CurveStableSwapMath.getD(bal, a);
        BigInteger dep = BigInteger.valueOf(Math.round(capital)).multiply(e18);
        CurveStableSwapMath.Deposit d = CurveStableSwapMath.addLiquidity(new BigInteger[]{dep, BigInteger.ZERO}, bal, pmul, supply, a, fee);
        BigInteger adminFeeScaled = BigInteger.valueOf(Math.round(adminFee * 1e10));
        BigInteger[] after = {bal[0].add(dep).subtract(d.fees()[0].multiply(adminFeeScaled).divide(CurveStableSwapMath.FEE_DENOMINATOR)),
                bal[1].subtract(d.fees()[1].multiply(adminFeeScaled).divide(CurveStableSwapMath.FEE_DENOMINATOR))};
        BigInteger[] out = CurveStableSwapMath.withdrawOneCoin(d.minted(), 0, after, pmul, supply.add(d.minted()), a, fee);
        return 1.0 - out[0].doubleValue() / dep.doubleValue();
    }

    @Override
    public Book open(int paths, DefiMarketModel market) {
        return new StableBook(paths);
    }

    private final class StableBook implements Book {
        private final int n;
        private final DepegTable table = DepegTable.of(amp);
        private final double cost = roundTripCost();
        private final double shareD; // the LP's units of invariant
        private final double share;
        private final double[] feeCash;
        private final double[] peg;

        StableBook(int n) {
            this.n = n;
            feeCash = new double[n];
            peg = new double[n];
            double entryValue = capital * (1.0 - 0.5 * cost);
            shareD = entryValue; // at par one unit of D is worth one USD
            share = entryValue / (poolTvlUsd + entryValue);
        }

        @Override
        public void start(DefiPathState s) {
            System.arraycopy(s.peg, 0, peg, 0, n);
        }

        @Override
        public void step(DefiPathState s, int step, double dt, UniformRandomProvider random) {
            double days = dt * 365.0;
            for (int i = 0; i < n; i++) {
                peg[i] = s.peg[i];
                // Volume is a turnover of the pool's USD value: once arbitrage has drained the sound coin
                // (a death spiral) nobody can trade into it, so the depeg spike cannot earn fees on a pool
                // that is worth little (without this a dead coin traded 200x the quiet volume for ever).
                double vol = dailyVolumeUsd * days * table.value(peg[i])
                        * (1.0 + volumeSpike * 100.0 * Math.abs(1.0 - peg[i]));
                feeCash[i] += feeRate * (1.0 - adminFee) * vol * share;
            }
        }

        @Override
        public double value(int i) {
            return shareD * table.value(peg[i]) * (1.0 - 0.5 * cost) + feeCash[i];
        }

        @Override
        public double assetExposure(int i) {
            return 0.0;
        }

        @Override
        public double pegExposure(int i) {
            return shareD * table.coin1(peg[i]);
        }

        @Override
        public double metric(int i) {
            return peg[i];
        }
    }
}
