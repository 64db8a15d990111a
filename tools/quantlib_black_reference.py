#!/usr/bin/python3
"""Reference prices and greeks from QuantLib (Python bindings 1.29, Debian's python3-quantlib).

Prints the CSV rows pasted into BlackScholesTest.quantLibBlackScholes and
Black76Test.quantLibBlack76. The numbers come from QuantLib's BlackCalculator, fed with
forward = S e^{(r-q)T}, discount = e^{-rT} and stdDev = sigma sqrt(T) (no dates, no day
counter), so they are the closed-form values in the workbench's own conventions:
delta per point of the underlying, vega per 1.00 vol, theta per year, rho per 1.00 of r.

Run:  /usr/bin/python3 tools/quantlib_black_reference.py
"""
import math

import QuantLib as ql

# type, S (or F), K, T, r, q, vol: near and away from the money, short and long, low and high vol,
# negative rate, high dividend.
BSM_CASES = [
    ("CALL", 100.0, 100.0, 1.0, 0.05, 0.02, 0.20),
    ("PUT", 100.0, 100.0, 1.0, 0.05, 0.02, 0.20),
    ("CALL", 5000.0, 4500.0, 45.0 / 365.0, 0.04, 0.013, 0.18),
    ("PUT", 5000.0, 4500.0, 45.0 / 365.0, 0.04, 0.013, 0.25),
    ("CALL", 5000.0, 5600.0, 0.25, 0.04, 0.013, 0.12),
    ("PUT", 42.0, 40.0, 0.5, 0.10, 0.0, 0.20),
    ("CALL", 50.0, 80.0, 2.0, -0.01, 0.03, 0.60),
    ("PUT", 50.0, 20.0, 3.0, 0.02, 0.00, 1.50),
    ("CALL", 1.0, 1.01, 7.0 / 365.0, 0.03, 0.0, 0.05),
    ("PUT", 250.0, 260.0, 10.0, 0.03, 0.06, 0.35),
]

# type, F, K, T, r, vol (VIX-like futures options and a Haug-style example).
B76_CASES = [
    ("CALL", 19.0, 19.0, 0.75, 0.10, 0.28),
    ("PUT", 19.0, 19.0, 0.75, 0.10, 0.28),
    ("CALL", 20.0, 25.0, 30.0 / 365.0, 0.04, 0.90),
    ("PUT", 20.0, 15.0, 30.0 / 365.0, 0.04, 0.90),
    ("CALL", 32.0, 25.0, 60.0 / 365.0, 0.04, 1.10),
    ("PUT", 18.5, 22.0, 0.4, 0.05, 0.70),
    ("CALL", 100.0, 140.0, 2.0, 0.01, 0.30),
]


def ql_type(name):
    return ql.Option.Call if name == "CALL" else ql.Option.Put


def fmt(v):
    return repr(float(v))


def bsm_row(t, s, k, T, r, q, vol):
    forward = s * math.exp((r - q) * T)
    discount = math.exp(-r * T)
    calc = ql.BlackCalculator(ql.PlainVanillaPayoff(ql_type(t), k), forward, vol * math.sqrt(T), discount)
    values = [calc.value(), calc.delta(s), calc.gamma(s), calc.vega(T), calc.theta(s, T), calc.rho(T)]
    return ", ".join([t] + [fmt(v) for v in (s, k, T, r, q, vol)] + [fmt(v) for v in values])


def b76_row(t, f, k, T, r, vol):
    discount = math.exp(-r * T)
    calc = ql.BlackCalculator(ql.PlainVanillaPayoff(ql_type(t), k), f, vol * math.sqrt(T), discount)
    # With spot = F the forward does not move with the spot: delta, gamma and theta are the
    # Black-76 ones. QuantLib's rho(T) assumes a forward that grows with r, so it is not used.
    price = ql.blackFormula(ql_type(t), k, f, vol * math.sqrt(T), discount)
    assert abs(price - calc.value()) <= 1e-14 * max(1.0, price)
    values = [calc.value(), calc.delta(f), calc.gamma(f), calc.vega(T), calc.theta(f, T)]
    return ", ".join([t] + [fmt(v) for v in (f, k, T, r, vol)] + [fmt(v) for v in values])


if __name__ == "__main__":
    print("// QuantLib", ql.__version__, "BlackCalculator: type, S, K, T, r, q, vol, price, delta, gamma, vega, theta, rho")
    for case in BSM_CASES:
        print('"' + bsm_row(*case) + '",')
    print()
    print("// QuantLib", ql.__version__, "BlackCalculator (Black-76): type, F, K, T, r, vol, price, delta, gamma, vega, theta")
    for case in B76_CASES:
        print('"' + b76_row(*case) + '",')
