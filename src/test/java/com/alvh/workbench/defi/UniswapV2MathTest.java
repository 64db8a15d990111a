package com.alvh.workbench.defi;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uniswap v2 integer maths against @uniswap/v2-sdk 4.21.4 (tools/uniswap_reference_vectors.sh). */
class UniswapV2MathTest {

    @Test
    void swapsMatchTheSdk() {
        List<Vectors.Row> rows = Vectors.read("uniswap_v2_swaps.csv");
        assertTrue(rows.size() >= 30, "vectors present");
        int inChecked = 0;
        for (Vectors.Row r : rows) {
            BigInteger rin = r.big("reserve_in");
            BigInteger rout = r.big("reserve_out");
            assertEquals(r.big("amount_out"), UniswapV2Math.getAmountOut(r.big("amount_in"), rin, rout), r.cells().toString());
            if (r.has("required_in")) {
                assertEquals(r.big("required_in"), UniswapV2Math.getAmountIn(r.big("exact_out"), rin, rout), r.cells().toString());
                inChecked++;
            }
        }
        assertTrue(inChecked >= 20);
    }

    @Test
    void liquidityMintAndBurnMatchTheSdk() {
        for (Vectors.Row r : Vectors.read("uniswap_v2_liquidity.csv")) {
            BigInteger supply = r.big("total_supply");
            assertEquals(r.big("minted"), UniswapV2Math.liquidityMinted(supply, r.big("reserve0"), r.big("reserve1"),
                    r.big("amount0"), r.big("amount1")), r.cells().toString());
            if (r.has("burn")) {
                assertEquals(r.big("value0"), UniswapV2Math.liquidityValue(r.big("burn"), supply, r.big("reserve0")));
                assertEquals(r.big("value1"), UniswapV2Math.liquidityValue(r.big("burn"), supply, r.big("reserve1")));
            }
        }
    }

    /** The UniswapV2Pair K check: with the fee, k never decreases over a swap, and strictly grows. */
    @Test
    void invariantNeverDecreasesAcrossSwaps() {
        BigInteger x = new BigInteger("1000000000000000000000");
        BigInteger y = new BigInteger("2000000000000000000000000");
        BigInteger k0 = x.multiply(y);
        for (int s = 0; s < 200; s++) {
            boolean zeroIn = s % 3 != 0;
            BigInteger in = (zeroIn ? x : y).divide(BigInteger.valueOf(7 + s % 11));
            if (zeroIn) {
                BigInteger out = UniswapV2Math.getAmountOut(in, x, y);
                x = x.add(in);
                y = y.subtract(out);
            } else {
                BigInteger out = UniswapV2Math.getAmountOut(in, y, x);
                y = y.add(in);
                x = x.subtract(out);
            }
            BigInteger k1 = x.multiply(y);
            assertTrue(k1.compareTo(k0) > 0, "k must grow with the fee at swap " + s);
            k0 = k1;
        }
    }

    @Test
    void exactOutputIsTheSmallestSufficientInput() {
        BigInteger rin = new BigInteger("123456789012345678901");
        BigInteger rout = new BigInteger("987654321098765432");
        BigInteger want = new BigInteger("1234567890123456");
        BigInteger in = UniswapV2Math.getAmountIn(want, rin, rout);
        assertTrue(UniswapV2Math.getAmountOut(in, rin, rout).compareTo(want) >= 0);
        assertTrue(UniswapV2Math.getAmountOut(in.subtract(BigInteger.TWO), rin, rout).compareTo(want) < 0);
    }
}
