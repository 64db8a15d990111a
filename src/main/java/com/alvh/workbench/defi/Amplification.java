package com.alvh.workbench.defi;

import java.math.BigInteger;

/**
 * A StableSwap pool's amplification, with one meaning across the workbench: {@link #a()} is the
 * contract's {@code A} (what {@code A()} returns, e.g. 2000 for Curve's 3pool), which is the
 * whitepaper's {@code A} times {@code n^(n-1)} (the whitepaper's {@code A n^n} is {@code a() n}).
 * The contract stores it as {@code A_precise = A * A_PRECISION}, {@code A_PRECISION = 100}
 * ({@link #precise()}); during a ramp {@code A_precise} need not be a multiple of 100, so the exact
 * arithmetic ({@link CurveStableSwapMath}) takes this type rather than a number whose scale a caller
 * could mistake, and the double analytics ({@link StableSwap}) take {@link #a()}.
 *
 * @param precise the contract's {@code A_precise} (&gt; 0)
 */
public record Amplification(BigInteger precise) {

    /** {@code A_PRECISION} of the contract. */
    public static final BigInteger A_PRECISION = BigInteger.valueOf(100);

    public Amplification {
        if (precise == null || precise.signum() <= 0) {
            throw new IllegalArgumentException("amplification A_precise must be > 0, was " + precise);
        }
    }

    /**
     * The amplification of a contract whose {@code A()} is {@code a}.
     *
     * @param a the contract's A (&gt; 0); stored to the contract's precision of 0.01
     * @throws IllegalArgumentException if {@code a} is not positive and finite, or rounds to 0
     */
    public static Amplification of(double a) {
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("amplification A must be > 0 and finite, was " + a);
        }
        return new Amplification(BigInteger.valueOf(Math.round(a * 100.0)));
    }

    /** The contract's A, {@code precise / 100} (for the double analytics of {@link StableSwap}). */
    public double a() {
        return precise.doubleValue() / 100.0;
    }
}
