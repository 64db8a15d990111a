package com.alvh.workbench.defi;

import java.math.BigInteger;

/**
 * The integer arithmetic of a Curve StableSwap pool, transcribed from
 * {@code curvefi/curve-contract/contracts/pool-templates/base/SwapTemplateBase.vy} (Vyper 0.2,
 * commit 94eb629), so that results equal the contract's to the last unit.
 *
 * <p>Conventions of the contract, kept:
 * <ul>
 *   <li>{@code amp} is an {@link Amplification}, the contract's {@code A} held as its stored
 *       {@code A_precise = A * A_PRECISION} ({@code A_PRECISION = 100}); {@code Ann = A_precise * n}.
 *       The contract's {@code A} is the whitepaper's {@code A} times {@code n^(n-1)}: the
 *       whitepaper's {@code A n^n} is {@code A_contract * n}.</li>
 *   <li>Invariant: {@code Ann S + D = Ann D + D^(n+1) / (n^n prod x)} (with Ann/A_PRECISION).</li>
 *   <li>{@code fee} and {@code adminFee} are scaled by {@code 1e10}; deposits and one-coin
 *       withdrawals pay {@code fee * n / (4 (n - 1))} on the imbalance they create.</li>
 *   <li>{@code balances} are base units; {@code precisionMul[i] = 10^(18 - decimals_i)} brings each
 *       to 18 decimals ({@code xp = balance * precisionMul}).</li>
 * </ul>
 * Newton iterations stop when two successive values differ by at most 1, after at most 255 rounds,
 * as in the contract. Checked against the Python transcription {@code tools/curve_stableswap_reference.py}.
 */
public final class CurveStableSwapMath {

    /** Scale of the stored A. */
    public static final BigInteger A_PRECISION = Amplification.A_PRECISION;
    /** Scale of fees (1e10). */
    public static final BigInteger FEE_DENOMINATOR = BigInteger.TEN.pow(10);
    /** 1e18. */
    public static final BigInteger PRECISION = BigInteger.TEN.pow(18);

    private CurveStableSwapMath() {
    }

    /**
     * The invariant D by Newton's method, as {@code get_D}.
     *
     * @param xp balances at 18 decimals
     * @param amp the pool's amplification
     * @return D (18 decimals)
     */
    public static BigInteger getD(BigInteger[] xp, Amplification amp) {
        int n = xp.length;
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger s = BigInteger.ZERO;
        for (BigInteger x : xp) {
            s = s.add(x);
        }
        if (s.signum() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger d = s;
        BigInteger ann = amp.precise().multiply(bn);
        for (int it = 0; it < 255; it++) {
            BigInteger dp = d;
            for (BigInteger x : xp) {
                dp = dp.multiply(d).divide(x.multiply(bn));
            }
            BigInteger prev = d;
            BigInteger num = ann.multiply(s).divide(A_PRECISION).add(dp.multiply(bn)).multiply(d);
            BigInteger den = ann.subtract(A_PRECISION).multiply(d).divide(A_PRECISION).add(BigInteger.valueOf(n + 1).multiply(dp));
            d = num.divide(den);
            if (d.subtract(prev).abs().compareTo(BigInteger.ONE) <= 0) {
                break;
            }
        }
        return d;
    }

    /**
     * The new balance of coin {@code j} when coin {@code i} is set to {@code x}, at the invariant of
     * {@code xp}, as {@code get_y}.
     */
    public static BigInteger getY(int i, int j, BigInteger x, BigInteger[] xp, Amplification amp) {
        if (i == j) {
            throw new IllegalArgumentException("i and j must differ, both were " + i);
        }
        BigInteger d = getD(xp, amp);
        BigInteger[] others = xp.clone();
        others[i] = x;
        return solveY(j, others, d, amp.precise());
    }

    /** The balance of coin {@code i} that gives invariant {@code d} with the other balances of {@code xp}, as {@code get_y_D}. */
    public static BigInteger getYD(Amplification amp, int i, BigInteger[] xp, BigInteger d) {
        return solveY(i, xp, d, amp.precise());
    }

    /** Shared body of get_y and get_y_D: coin {@code skip} is solved for, all others taken from {@code xp}. */
    private static BigInteger solveY(int skip, BigInteger[] xp, BigInteger d, BigInteger ampPrecise) {
        int n = xp.length;
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger ann = ampPrecise.multiply(bn);
        BigInteger c = d;
        BigInteger s = BigInteger.ZERO;
        for (int k = 0; k < n; k++) {
            if (k == skip) {
                continue;
            }
            s = s.add(xp[k]);
            c = c.multiply(d).divide(xp[k].multiply(bn));
        }
        c = c.multiply(d).multiply(A_PRECISION).divide(ann.multiply(bn));
        BigInteger b = s.add(d.multiply(A_PRECISION).divide(ann));
        BigInteger y = d;
        for (int it = 0; it < 255; it++) {
            BigInteger prev = y;
            BigInteger den = y.shiftLeft(1).add(b).subtract(d);
            if (den.signum() < 0) {
                throw new ArithmeticException("uint256 underflow in get_y");
            }
            y = y.multiply(y).add(c).divide(den);
            if (y.subtract(prev).abs().compareTo(BigInteger.ONE) <= 0) {
                break;
            }
        }
        return y;
    }

    /** {@code xp = balance * precisionMul}. */
    public static BigInteger[] xp(BigInteger[] balances, BigInteger[] precisionMul) {
        BigInteger[] out = new BigInteger[balances.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = balances[k].multiply(precisionMul[k]);
        }
        return out;
    }

    /**
     * Output of selling {@code dx} of coin {@code i} for coin {@code j}, after the fee, as
     * {@code get_dy} (and {@code exchange}).
     *
     * @return dy in coin j's base units
     */
    public static BigInteger getDy(int i, int j, BigInteger dx, BigInteger[] balances, BigInteger[] precisionMul,
                                   Amplification amp, BigInteger fee) {
        BigInteger[] xp = xp(balances, precisionMul);
        BigInteger x = xp[i].add(dx.multiply(precisionMul[i]));
        BigInteger y = getY(i, j, x, xp, amp);
        BigInteger dy = nonNegative(xp[j].subtract(y).subtract(BigInteger.ONE));
        BigInteger f = fee.multiply(dy).divide(FEE_DENOMINATOR);
        return dy.subtract(f).divide(precisionMul[j]);
    }

    /**
     * The result of a deposit.
     *
     * @param minted LP tokens minted (18 decimals)
     * @param fees fee charged per coin (base units)
     */
    public record Deposit(BigInteger minted, BigInteger[] fees) {
    }

    /** LP tokens minted for {@code amounts}, with the imbalance fee, as {@code add_liquidity}. */
    public static Deposit addLiquidity(BigInteger[] amounts, BigInteger[] balances, BigInteger[] precisionMul,
                                       BigInteger supply, Amplification amp, BigInteger fee) {
        int n = balances.length;
        BigInteger d0 = supply.signum() > 0 ? getD(xp(balances, precisionMul), amp) : BigInteger.ZERO;
        BigInteger[] nb = new BigInteger[n];
        for (int k = 0; k < n; k++) {
            nb[k] = balances[k].add(amounts[k]);
        }
        BigInteger d1 = getD(xp(nb, precisionMul), amp);
        if (d1.compareTo(d0) <= 0) {
            throw new IllegalArgumentException("deposit does not increase D");
        }
        BigInteger[] fees = new BigInteger[n];
        java.util.Arrays.fill(fees, BigInteger.ZERO);
        if (supply.signum() == 0) {
            return new Deposit(d1, fees);
        }
        BigInteger baseFee = fee.multiply(BigInteger.valueOf(n)).divide(BigInteger.valueOf(4L * (n - 1)));
        for (int k = 0; k < n; k++) {
            BigInteger ideal = d1.multiply(balances[k]).divide(d0);
            BigInteger diff = ideal.subtract(nb[k]).abs();
            fees[k] = baseFee.multiply(diff).divide(FEE_DENOMINATOR);
            nb[k] = nonNegative(nb[k].subtract(fees[k]));
        }
        BigInteger d2 = getD(xp(nb, precisionMul), amp);
        return new Deposit(supply.multiply(d2.subtract(d0)).divide(d0), fees);
    }

    /**
     * Coin {@code i} paid for burning {@code burn} LP tokens, as {@code _calc_withdraw_one_coin}.
     *
     * @return {dy, fee} in coin i's base units
     */
    public static BigInteger[] withdrawOneCoin(BigInteger burn, int i, BigInteger[] balances, BigInteger[] precisionMul,
                                               BigInteger supply, Amplification amp, BigInteger fee) {
        int n = balances.length;
        BigInteger[] xp = xp(balances, precisionMul);
        BigInteger d0 = getD(xp, amp);
        BigInteger d1 = nonNegative(d0.subtract(burn.multiply(d0).divide(supply)));
        BigInteger newY = getYD(amp, i, xp, d1);
        BigInteger baseFee = fee.multiply(BigInteger.valueOf(n)).divide(BigInteger.valueOf(4L * (n - 1)));
        BigInteger[] reduced = xp.clone();
        for (int k = 0; k < n; k++) {
            BigInteger expected = k == i ? xp[k].multiply(d1).divide(d0).subtract(newY)
                    : xp[k].subtract(xp[k].multiply(d1).divide(d0));
            reduced[k] = nonNegative(reduced[k].subtract(baseFee.multiply(nonNegative(expected)).divide(FEE_DENOMINATOR)));
        }
        BigInteger dy = nonNegative(reduced[i].subtract(getYD(amp, i, reduced, d1)).subtract(BigInteger.ONE))
                .divide(precisionMul[i]);
        BigInteger dy0 = nonNegative(xp[i].subtract(newY)).divide(precisionMul[i]);
        return new BigInteger[]{dy, nonNegative(dy0.subtract(dy))};
    }

    /** {@code D * 1e18 / supply}: the LP token's value in the pool's unit when all coins are at par. */
    public static BigInteger virtualPrice(BigInteger[] balances, BigInteger[] precisionMul, BigInteger supply, Amplification amp) {
        return getD(xp(balances, precisionMul), amp).multiply(PRECISION).divide(supply);
    }

    private static BigInteger nonNegative(BigInteger v) {
        if (v.signum() < 0) {
            throw new ArithmeticException("uint256 underflow");
        }
        return v;
    }
}
