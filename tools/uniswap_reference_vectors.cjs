// Prints reference vectors from the official Uniswap SDKs (@uniswap/v2-sdk, @uniswap/v3-sdk,
// @uniswap/sdk-core) as CSV files. Called by uniswap_reference_vectors.sh, which installs the SDKs
// into a temporary directory and sets NODE_PATH. All amounts are raw integers (token base units);
// sqrt prices are Q64.96 fixed point, as in the contracts.
'use strict';
const fs = require('fs');
const path = require('path');
const JSBI = require('jsbi');
const { Token, CurrencyAmount } = require('@uniswap/sdk-core');
const v2 = require('@uniswap/v2-sdk');
const v3 = require('@uniswap/v3-sdk');

const out = process.argv[2];
const A = new Token(1, '0x6B175474E89094C44Da98b954EedeAC495271d0F', 18, 'DAI');
const B = new Token(1, '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', 18, 'WETH');
const [T0, T1] = A.sortsBefore(B) ? [A, B] : [B, A];

// A small deterministic generator (64-bit LCG, Knuth's MMIX constants) so the vectors are reproducible.
let state = 20240501n;
function next() {
  state = (state * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
  return state >> 11n; // 53 bits
}
function uniform() { return Number(next()) / 2 ** 53; }
function intBetween(lo, hi) { return lo + Math.floor(uniform() * (hi - lo + 1)); }
function bigLog(loExp, hiExp) { // 10^u with u uniform in [loExp, hiExp], as an integer
  const e = loExp + uniform() * (hiExp - loExp);
  const mant = BigInt(Math.floor(10 ** (e - Math.floor(e)) * 1e15));
  const p = Math.floor(e) - 15;
  return p >= 0 ? mant * 10n ** BigInt(p) : mant / 10n ** BigInt(-p) + 1n;
}
function write(name, header, rows) {
  fs.writeFileSync(path.join(out, name), header + '\n' + rows.map(r => r.join(',')).join('\n') + '\n');
  console.log(name + ': ' + rows.length + ' rows');
}
const s = x => x.toString();

// ---- Uniswap v2: Pair.getOutputAmount / getInputAmount (UniswapV2Library, 0.3 % fee) ----
const v2Swaps = [];
const v2Cases = [[10n ** 21n, 10n ** 21n, 10n ** 18n], [5n * 10n ** 24n, 2n * 10n ** 21n, 12345678901234567890n],
  [1000n, 1000n, 1n], [1000n, 1000n, 3n], [10n ** 30n, 7n, 10n ** 25n]];
for (let k = 0; k < 40; k++) v2Cases.push([bigLog(6, 28), bigLog(6, 28), bigLog(0, 26)]);
for (const [r0, r1, amt] of v2Cases) {
  const pair = new v2.Pair(CurrencyAmount.fromRawAmount(T0, s(r0)), CurrencyAmount.fromRawAmount(T1, s(r1)));
  let outAmt;
  try { outAmt = pair.getOutputAmount(CurrencyAmount.fromRawAmount(T0, s(amt)))[0].quotient; } catch (e) { continue; }
  // Exact output: ask for an amount below the reserve.
  const want = amt < r1 ? amt : r1 / 2n;
  let inAmt = '';
  if (want > 0n) {
    try { inAmt = s(pair.getInputAmount(CurrencyAmount.fromRawAmount(T1, s(want)))[0].quotient); } catch (e) { inAmt = ''; }
  }
  v2Swaps.push([s(r0), s(r1), s(amt), s(outAmt), s(want), inAmt]);
}
write('uniswap_v2_swaps.csv', 'reserve_in,reserve_out,amount_in,amount_out,exact_out,required_in', v2Swaps);

// ---- Uniswap v2: getLiquidityMinted / getLiquidityValue ----
const v2Liq = [];
for (let k = 0; k < 25; k++) {
  const r0 = bigLog(8, 26), r1 = bigLog(8, 26);
  const pair = new v2.Pair(CurrencyAmount.fromRawAmount(T0, s(r0)), CurrencyAmount.fromRawAmount(T1, s(r1)));
  const lt = pair.liquidityToken;
  const first = k === 0;
  const supply = first ? 0n : bigLog(6, 24);
  const a0 = bigLog(4, 24), a1 = bigLog(4, 24);
  let minted;
  try {
    minted = pair.getLiquidityMinted(CurrencyAmount.fromRawAmount(lt, s(supply)),
      CurrencyAmount.fromRawAmount(T0, s(a0)), CurrencyAmount.fromRawAmount(T1, s(a1))).quotient;
  } catch (e) { continue; }
  let v0 = '', v1 = '', burn = '';
  if (!first) {
    burn = supply / BigInt(intBetween(2, 50));
    v0 = s(pair.getLiquidityValue(T0, CurrencyAmount.fromRawAmount(lt, s(supply)), CurrencyAmount.fromRawAmount(lt, s(burn)), false).quotient);
    v1 = s(pair.getLiquidityValue(T1, CurrencyAmount.fromRawAmount(lt, s(supply)), CurrencyAmount.fromRawAmount(lt, s(burn)), false).quotient);
    burn = s(burn);
  }
  v2Liq.push([s(r0), s(r1), s(supply), s(a0), s(a1), s(minted), burn, v0, v1]);
}
write('uniswap_v2_liquidity.csv', 'reserve0,reserve1,total_supply,amount0,amount1,minted,burn,value0,value1', v2Liq);

// ---- Uniswap v3: TickMath ----
const ticks = [];
const tickCases = [0, 1, -1, 2, -2, 10, -10, 60, -60, 887272, -887272, 887271, -887271, 50, 100, 250, 500, 1000,
  2500, 3000, 4000, 5000, 50000, 150000, 250000, 500000, 738203, -201000, 200000, 195000];
for (let k = 0; k < 40; k++) tickCases.push(intBetween(-887272, 887272));
for (const t of tickCases) {
  const r = v3.TickMath.getSqrtRatioAtTick(t);
  ticks.push(['at_tick', t, s(r)]);
}
for (let k = 0; k < 30; k++) {
  const t = intBetween(-800000, 800000);
  const lo = v3.TickMath.getSqrtRatioAtTick(t), hi = v3.TickMath.getSqrtRatioAtTick(t + 1);
  const between = JSBI.add(lo, JSBI.divide(JSBI.subtract(hi, lo), JSBI.BigInt(intBetween(1, 7))));
  for (const x of [lo, between, JSBI.subtract(hi, JSBI.BigInt(1))]) {
    ticks.push(['at_sqrt', v3.TickMath.getTickAtSqrtRatio(x), s(x)]);
  }
}
write('uniswap_v3_ticks.csv', 'kind,tick,sqrt_ratio_x96', ticks);

// ---- Uniswap v3: SqrtPriceMath amount deltas ----
const deltas = [];
for (let k = 0; k < 40; k++) {
  const ta = intBetween(-400000, 400000), tb = ta + intBetween(1, 50000);
  const sa = v3.TickMath.getSqrtRatioAtTick(ta), sb = v3.TickMath.getSqrtRatioAtTick(Math.min(tb, 887272));
  const L = JSBI.BigInt(s(bigLog(3, 30)));
  deltas.push([s(sa), s(sb), s(L),
    s(v3.SqrtPriceMath.getAmount0Delta(sa, sb, L, false)), s(v3.SqrtPriceMath.getAmount0Delta(sa, sb, L, true)),
    s(v3.SqrtPriceMath.getAmount1Delta(sa, sb, L, false)), s(v3.SqrtPriceMath.getAmount1Delta(sa, sb, L, true))]);
}
write('uniswap_v3_deltas.csv', 'sqrt_a_x96,sqrt_b_x96,liquidity,amount0_down,amount0_up,amount1_down,amount1_up', deltas);

// ---- Uniswap v3: positions (maxLiquidityForAmounts, Position amounts and mint amounts) ----
const positions = [];
const fee = v3.FeeAmount.MEDIUM, spacing = v3.TICK_SPACINGS[fee];
const posCases = [[0, -600, 600], [0, 0, 600], [0, -600, 0], [-1200, -600, 600], [1200, -600, 600],
  [-201000 + 17, -203040, -199020], [60000, 59940, 60060]];
for (let k = 0; k < 40; k++) {
  const lower = spacing * intBetween(-6000, 6000);
  const upper = lower + spacing * intBetween(1, 400);
  const cur = intBetween(lower - 3000, upper + 3000);
  posCases.push([cur, lower, upper]);
}
for (const [cur, lower, upper] of posCases) {
  const sqrtP = JSBI.add(v3.TickMath.getSqrtRatioAtTick(cur), JSBI.BigInt(intBetween(0, 1000)));
  const tickCur = v3.TickMath.getTickAtSqrtRatio(sqrtP);
  const pool = new v3.Pool(T0, T1, fee, sqrtP, JSBI.BigInt('1000000000000000000'), tickCur, []);
  const a0 = bigLog(10, 24), a1 = bigLog(10, 24);
  const pos = v3.Position.fromAmounts({ pool, tickLower: lower, tickUpper: upper, amount0: s(a0), amount1: s(a1), useFullPrecision: true });
  const mint = pos.mintAmounts;
  positions.push([s(sqrtP), tickCur, lower, upper, s(a0), s(a1), s(pos.liquidity),
    s(pos.amount0.quotient), s(pos.amount1.quotient), s(mint.amount0), s(mint.amount1)]);
}
write('uniswap_v3_positions.csv',
  'sqrt_price_x96,tick_current,tick_lower,tick_upper,amount0_desired,amount1_desired,liquidity,amount0,amount1,mint_amount0,mint_amount1',
  positions);

// ---- Uniswap v3: SwapMath.computeSwapStep ----
const steps = [];
for (let k = 0; k < 60; k++) {
  const tc = intBetween(-300000, 300000);
  const cur = v3.TickMath.getSqrtRatioAtTick(tc);
  const zeroForOne = uniform() < 0.5;
  const width = intBetween(1, 20000);
  const target = v3.TickMath.getSqrtRatioAtTick(zeroForOne ? tc - width : tc + width);
  const L = JSBI.BigInt(s(bigLog(12, 26)));
  const exactIn = uniform() < 0.5;
  let amt = bigLog(2, 24);
  if (!exactIn) amt = -amt;
  const feePips = [100, 500, 3000, 10000][intBetween(0, 3)];
  const [nextP, amountIn, amountOut, feeAmount] = v3.SwapMath.computeSwapStep(cur, target, L, JSBI.BigInt(s(amt)), feePips);
  steps.push([s(cur), s(target), s(L), s(amt), feePips, s(nextP), s(amountIn), s(amountOut), s(feeAmount)]);
}
write('uniswap_v3_swap_steps.csv',
  'sqrt_current_x96,sqrt_target_x96,liquidity,amount_remaining,fee_pips,sqrt_next_x96,amount_in,amount_out,fee_amount', steps);

// ---- Uniswap v3: price <-> sqrt price <-> tick (encodeSqrtRatioX96, tickToPrice, priceToClosestTick) ----
// Appended after the sections above so that their inputs (drawn from the same generator) do not move.
const priceRows = [];
const pricePairs = [[2000n, 1n], [1n, 1n], [1n, 2000n], [3n, 7n], [10n ** 30n, 1n], [1n, 10n ** 30n]];
for (let k = 0; k < 40; k++) pricePairs.push([bigLog(0, 30), bigLog(0, 30)]);
for (const [a1, a0] of pricePairs) {
  const sq = v3.encodeSqrtRatioX96(s(a1), s(a0));
  const price = new (require('@uniswap/sdk-core').Price)(T0, T1, s(a0), s(a1));
  priceRows.push(['encode', s(a1), s(a0), s(sq), v3.priceToClosestTick(price)]);
}
// Exact tick prices and their neighbours one unit of the numerator away.
for (let k = 0; k < 30; k++) {
  const t = intBetween(-600000, 600000);
  const p = v3.tickToPrice(T0, T1, t); // numerator ratioX192, denominator 2^192 (token1 per token0)
  priceRows.push(['tick_price', s(p.numerator), s(p.denominator), s(v3.TickMath.getSqrtRatioAtTick(t)), v3.priceToClosestTick(p)]);
  const below = new (require('@uniswap/sdk-core').Price)(T0, T1, s(p.denominator), s(JSBI.subtract(p.numerator, JSBI.BigInt(1))));
  priceRows.push(['below_tick_price', s(below.numerator), s(below.denominator), '', v3.priceToClosestTick(below)]);
}
write('uniswap_v3_prices.csv', 'kind,numerator,denominator,sqrt_ratio_x96,closest_tick', priceRows);

// ---- Uniswap v3: swaps across initialised ticks (Pool.swap = v3Swap over a TickListDataProvider) ----
(async () => {
  const swaps = [];
  const tiers = [[100, 1], [500, 10], [3000, 60], [10000, 200]];
  for (let k = 0; k < 48; k++) {
    const [feePips, spacing] = tiers[k % 4];
    const cur = spacing * intBetween(-3000, 3000) + intBetween(0, spacing - 1);
    const npos = intBetween(2, 8);
    const net = new Map();
    let active = 0n;
    for (let j = 0; j < npos; j++) {
      const lower = spacing * (Math.floor(cur / spacing) - intBetween(0, 40));
      const upper = lower + spacing * intBetween(1, 80);
      const L = bigLog(15, 22);
      net.set(lower, (net.get(lower) || 0n) + L);
      net.set(upper, (net.get(upper) || 0n) - L);
      if (lower <= cur && cur < upper) active += L;
    }
    const ticks = [...net.entries()].filter(([, l]) => l !== 0n).sort((a, b) => a[0] - b[0])
      .map(([index, l]) => new v3.Tick({ index, liquidityNet: s(l), liquidityGross: s(l < 0n ? -l : l) }));
    const lo = v3.TickMath.getSqrtRatioAtTick(cur), hi = v3.TickMath.getSqrtRatioAtTick(cur + 1);
    const sqrtP = JSBI.add(lo, JSBI.divide(JSBI.subtract(hi, lo), JSBI.BigInt(intBetween(1, 9))));
    const pool = new v3.Pool(T0, T1, feePips, sqrtP, s(active), cur, ticks);
    const zeroForOne = uniform() < 0.5;
    const exactIn = uniform() < 0.5;
    // Size: the amount that would move the price, at the current liquidity, a third of the way to the
    // last initialised tick on that side (times 0.1 .. 1.2), so most swaps cross several ticks and
    // stop inside the initialised range; some run out of liquidity.
    const idx = ticks.map(t => t.index);
    const far = zeroForOne ? Math.min(...idx) : Math.max(...idx);
    const goal = v3.TickMath.getSqrtRatioAtTick(Math.round(cur + 0.35 * (far - cur)));
    const L = JSBI.BigInt(s(active > 0n ? active : 10n ** 18n));
    const token0In = zeroForOne === exactIn; // exact input of token 0, or exact output of token 0
    const size = BigInt(s(token0In ? v3.SqrtPriceMath.getAmount0Delta(goal, sqrtP, L, true)
      : v3.SqrtPriceMath.getAmount1Delta(goal, sqrtP, L, true)));
    let amt = size * BigInt(intBetween(100, 1200)) / 1000n + 1n;
    if (!exactIn) amt = -amt;
    let limit = '';
    if (k % 3 === 2) {
      const lt = zeroForOne ? cur - intBetween(1, 3000) : cur + intBetween(1, 3000);
      limit = s(v3.TickMath.getSqrtRatioAtTick(lt));
    }
    let r;
    try {
      r = await pool.swap(zeroForOne, JSBI.BigInt(s(amt)), limit === '' ? undefined : JSBI.BigInt(limit));
    } catch (e) { continue; }
    swaps.push([feePips, spacing, s(sqrtP), cur, s(active), ticks.map(t => t.index + ':' + s(t.liquidityNet)).join(' '),
      zeroForOne ? 1 : 0, s(amt), limit, s(r.amountCalculated), s(r.sqrtRatioX96), s(r.liquidity), r.tickCurrent]);
  }
  write('uniswap_v3_swaps.csv',
    'fee_pips,tick_spacing,sqrt_price_x96,tick,liquidity,ticks,zero_for_one,amount_specified,sqrt_price_limit_x96,'
    + 'amount_calculated,sqrt_price_after_x96,liquidity_after,tick_after', swaps);
})();
