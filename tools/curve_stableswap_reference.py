#!/usr/bin/env python3
"""Reference vectors for the Curve StableSwap maths: a line-by-line Python transcription of the
contract's integer arithmetic.

Source transcribed: curvefi/curve-contract, contracts/pool-templates/base/SwapTemplateBase.vy at
commit 94eb629659767af89c82be4159eec0baa36bd96a (Vyper ^0.2.0; the template behind the plain
pools deployed from late 2020 on, e.g. sUSD/aave/saave/steth use the same get_D/get_y). Functions:
get_D, get_y, get_y_D, get_dy/exchange, add_liquidity (mint amount and fees),
_calc_withdraw_one_coin, get_virtual_price. Vyper 0.2 uint256 division is floor division, as
Python's // on non-negative integers; a subtraction below zero reverts in Vyper, so it raises here.

Conventions of the contract kept as is:
  * A is stored as A_precise = A * A_PRECISION (A_PRECISION = 100); Ann = A_precise * N_COINS, so
    the contract's A equals the whitepaper's A times n^(n-1) (the whitepaper's A n^n = A_contract * n).
  * fee and admin_fee are scaled by FEE_DENOMINATOR = 1e10 (4e6 = 0.04 %).
  * balances are in token base units; xp = balance * PRECISION_MUL (RATES = 1e18 * PRECISION_MUL),
    so every coin is counted with 18 decimals inside the maths.

Run:  python3 tools/curve_stableswap_reference.py src/test/resources/defi
Pure Python 3 standard library; no packages needed.
"""
import os
import random
import sys

A_PRECISION = 100
FEE_DENOMINATOR = 10 ** 10
PRECISION = 10 ** 18


def sub(a, b):
    """uint256 subtraction: reverts below zero."""
    if b > a:
        raise ArithmeticError("uint256 underflow")
    return a - b


def get_D(xp, amp):
    n = len(xp)
    S = sum(xp)
    if S == 0:
        return 0
    D = S
    Ann = amp * n
    for _ in range(255):
        D_P = D
        for x in xp:
            D_P = D_P * D // (x * n)
        Dprev = D
        D = (Ann * S // A_PRECISION + D_P * n) * D // ((Ann - A_PRECISION) * D // A_PRECISION + (n + 1) * D_P)
        if D > Dprev:
            if D - Dprev <= 1:
                break
        else:
            if Dprev - D <= 1:
                break
    return D


def get_y(i, j, x, xp, amp):
    n = len(xp)
    assert i != j
    D = get_D(xp, amp)
    Ann = amp * n
    c = D
    S_ = 0
    for k in range(n):
        if k == i:
            _x = x
        elif k != j:
            _x = xp[k]
        else:
            continue
        S_ += _x
        c = c * D // (_x * n)
    c = c * D * A_PRECISION // (Ann * n)
    b = S_ + D * A_PRECISION // Ann
    y = D
    for _ in range(255):
        y_prev = y
        y = (y * y + c) // sub(2 * y + b, D)
        if y > y_prev:
            if y - y_prev <= 1:
                break
        else:
            if y_prev - y <= 1:
                break
    return y


def get_y_D(amp, i, xp, D):
    n = len(xp)
    Ann = amp * n
    c = D
    S_ = 0
    for k in range(n):
        if k != i:
            _x = xp[k]
        else:
            continue
        S_ += _x
        c = c * D // (_x * n)
    c = c * D * A_PRECISION // (Ann * n)
    b = S_ + D * A_PRECISION // Ann
    y = D
    for _ in range(255):
        y_prev = y
        y = (y * y + c) // sub(2 * y + b, D)
        if y > y_prev:
            if y - y_prev <= 1:
                break
        else:
            if y_prev - y <= 1:
                break
    return y


def xp_of(balances, pmul):
    # RATES[i] * balances[i] / PRECISION with RATES[i] = PRECISION * PRECISION_MUL[i]
    return [(PRECISION * m) * b // PRECISION for b, m in zip(balances, pmul)]


def get_dy(i, j, dx, balances, pmul, amp, fee):
    xp = xp_of(balances, pmul)
    rates = [PRECISION * m for m in pmul]
    x = xp[i] + dx * rates[i] // PRECISION
    y = get_y(i, j, x, xp, amp)
    dy = sub(sub(xp[j], y), 1)
    _fee = fee * dy // FEE_DENOMINATOR
    return sub(dy, _fee) * PRECISION // rates[j]


def add_liquidity(amounts, balances, pmul, supply, amp, fee, admin_fee):
    n = len(balances)
    D0 = get_D(xp_of(balances, pmul), amp) if supply > 0 else 0
    new_balances = [b + a for b, a in zip(balances, amounts)]
    D1 = get_D(xp_of(new_balances, pmul), amp)
    assert D1 > D0
    D2 = D1
    fees = [0] * n
    if supply > 0:
        _fee = fee * n // (4 * (n - 1))
        for k in range(n):
            ideal = D1 * balances[k] // D0
            diff = ideal - new_balances[k] if ideal > new_balances[k] else new_balances[k] - ideal
            fees[k] = _fee * diff // FEE_DENOMINATOR
            new_balances[k] = sub(new_balances[k], fees[k])
        D2 = get_D(xp_of(new_balances, pmul), amp)
        mint = supply * (D2 - D0) // D0
    else:
        mint = D1
    return mint, fees


def calc_withdraw_one_coin(token_amount, i, balances, pmul, supply, amp, fee):
    n = len(balances)
    xp = xp_of(balances, pmul)
    D0 = get_D(xp, amp)
    D1 = sub(D0, token_amount * D0 // supply)
    new_y = get_y_D(amp, i, xp, D1)
    xp_reduced = list(xp)
    _fee = fee * n // (4 * (n - 1))
    for j in range(n):
        if j == i:
            dx_expected = sub(xp[j] * D1 // D0, new_y)
        else:
            dx_expected = sub(xp[j], xp[j] * D1 // D0)
        xp_reduced[j] = sub(xp_reduced[j], _fee * dx_expected // FEE_DENOMINATOR)
    dy = sub(xp_reduced[i], get_y_D(amp, i, xp_reduced, D1))
    dy = sub(dy, 1) // pmul[i]
    dy_0 = sub(xp[i], new_y) // pmul[i]
    return dy, sub(dy_0, dy)


def virtual_price(balances, pmul, supply, amp):
    return get_D(xp_of(balances, pmul), amp) * PRECISION // supply


def j(values):
    return ";".join(str(v) for v in values)


def main(out):
    rng = random.Random(20240501)
    pools = []
    # (A external, fee, admin_fee, precision_mul): 3pool-like (DAI, USDC, USDT), a 2-coin 18-decimal pool,
    # a low-A pool, a high-A pool.
    shapes = [(2000, 4000000, 5000000000, [1, 10 ** 12, 10 ** 12]), (100, 4000000, 5000000000, [1, 1]),
              (10, 30000000, 0, [1, 1]), (5000, 1000000, 5000000000, [1, 10 ** 12]),
              (200, 4000000, 5000000000, [1, 1, 1])]
    for A, fee, admin_fee, pmul in shapes:
        for _ in range(8):
            n = len(pmul)
            base = 10 ** rng.uniform(5, 9)  # dollars per coin
            # imbalance from balanced to 20:1 (a depeg drains the good coins)
            weights = [rng.uniform(0.05, 1.0) if rng.random() < 0.5 else 1.0 for _ in range(n)]
            balances = [int(base * w * 10 ** 18) // pmul[k] for k, w in enumerate(weights)]
            pools.append((A, fee, admin_fee, pmul, balances))

    rows_d, rows_dy, rows_add, rows_rm = [], [], [], []
    for A, fee, admin_fee, pmul, balances in pools:
        amp = A * A_PRECISION
        n = len(pmul)
        xp = xp_of(balances, pmul)
        D = get_D(xp, amp)
        supply = D * 10 ** 18 // (10 ** 18 + rng.randrange(0, 5 * 10 ** 16))  # virtual price 1.00 to 1.05
        rows_d.append([n, A, j(pmul), j(balances), supply, D, virtual_price(balances, pmul, supply, amp)])
        for _ in range(4):
            i, k = rng.sample(range(n), 2)
            frac = 10 ** rng.uniform(-6, 0.3)
            dx = max(1, int(balances[i] * frac))
            try:
                dy = get_dy(i, k, dx, balances, pmul, amp, fee)
            except ArithmeticError:
                continue
            rows_dy.append([n, A, fee, j(pmul), j(balances), i, k, dx, dy])
        for _ in range(3):
            # single-sided deposit (the stable-LP case) and a mixed one
            amounts = [0] * n
            i = rng.randrange(n)
            amounts[i] = max(1, int(balances[i] * 10 ** rng.uniform(-5, 0)))
            if rng.random() < 0.3:
                amounts[(i + 1) % n] = int(balances[(i + 1) % n] * rng.uniform(0, 0.2))
            mint, fees = add_liquidity(amounts, balances, pmul, supply, amp, fee, admin_fee)
            rows_add.append([n, A, fee, j(pmul), j(balances), supply, j(amounts), mint, j(fees)])
        for _ in range(3):
            i = rng.randrange(n)
            burn = max(1, int(supply * 10 ** rng.uniform(-6, -0.5)))
            try:
                dy, dy_fee = calc_withdraw_one_coin(burn, i, balances, pmul, supply, amp, fee)
            except ArithmeticError:
                continue
            rows_rm.append([n, A, fee, j(pmul), j(balances), supply, burn, i, dy, dy_fee])

    def write(name, header, rows):
        with open(os.path.join(out, name), "w") as f:
            f.write(header + "\n")
            for r in rows:
                f.write(",".join(str(v) for v in r) + "\n")
        print(name + ": " + str(len(rows)) + " rows")

    write("curve_get_d.csv", "n,A,precision_mul,balances,supply,D,virtual_price", rows_d)
    write("curve_get_dy.csv", "n,A,fee,precision_mul,balances,i,j,dx,dy", rows_dy)
    write("curve_add_liquidity.csv", "n,A,fee,precision_mul,balances,supply,amounts,mint,fees", rows_add)
    write("curve_remove_one_coin.csv", "n,A,fee,precision_mul,balances,supply,burn,i,dy,dy_fee", rows_rm)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "defi"))
