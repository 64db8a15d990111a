#!/usr/bin/python3
"""QuantLib peer for the Heston pricer: reference prices and a timing figure.

Run with the Debian python that has QuantLib 1.29:  /usr/bin/python3 tools/quantlib_heston_peer.py

1. Prints reference prices from QuantLib's AnalyticHestonEngine (adaptive Gauss-Lobatto on the
   Heston integrand, relative/absolute tolerance ~1e-14, and cross-checked with the
   Andersen-Piterbarg engine and COSHestonEngine) for the cases quoted in
   src/test/java/com/alvh/workbench/pricing/HestonPricerTest.java.
3. With --mc-bench [--paths N] [--steps M]: times QuantLib's MCEuropeanHestonEngine (pseudo-random,
   the HestonProcess default discretisation QuadraticExponentialMartingale, i.e. Andersen's QE with
   martingale correction, the Java scheme) on an ATM call with N paths of M time steps, the inputs
   of the Java workload (com.alvh.workbench.sim.Workloads heston): S = 5000, r = 0.04, q = 0.013,
   v0 = 0.0256, kappa = 4, theta = 0.04, sigma = 0.7, rho = -0.7, expiry M trading days (the nearest
   whole number of calendar days to M/252 years). Prints path-steps per second of the best of
   --runs R runs (default 3) in bench/run format.
2. Times QuantLib's analytic pricing (Gauss-Laguerre with 128 and 144 points, the latter the
   default constructor, and adaptive Gauss-Lobatto at 1e-14, the accuracy class of the Java
   pricer) on the inputs of HestonPricingBenchmark: one ATM option with T = 1 and a 10-strike
   chain. The figures include Python/SWIG and instrument overhead, a few microseconds per call.

Conventions match the Java side: T in years Act/365 (the maturity is chosen as a whole number of
days from the evaluation date and T = days/365), rates continuously compounded.
"""
import sys
import time

import QuantLib as ql

TODAY = ql.Date(5, ql.July, 2002)
DC = ql.Actual365Fixed()


def setup(spot, r, q, v0, kappa, theta, sigma, rho):
    ql.Settings.instance().evaluationDate = TODAY
    rts = ql.YieldTermStructureHandle(ql.FlatForward(TODAY, r, DC, ql.Continuous))
    qts = ql.YieldTermStructureHandle(ql.FlatForward(TODAY, q, DC, ql.Continuous))
    s0 = ql.QuoteHandle(ql.SimpleQuote(spot))
    process = ql.HestonProcess(rts, qts, s0, v0, kappa, theta, sigma, rho)
    return ql.HestonModel(process)


def option(kind, strike, days):
    payoff = ql.PlainVanillaPayoff(ql.Option.Call if kind == "C" else ql.Option.Put, strike)
    return ql.VanillaOption(payoff, ql.EuropeanExercise(TODAY + days))


def engines(model):
    return {
        "lobatto": ql.AnalyticHestonEngine(model, 1e-14, 1000000),  # the reference column
        "andersen_piterbarg": ql.AnalyticHestonEngine(
            model, ql.AnalyticHestonEngine.AndersenPiterbarg,
            ql.AnalyticHestonEngine_Integration.gaussLobatto(1e-14, 1e-14, 1000000), 1e-14),
        "cos": ql.COSHestonEngine(model, 25, 1000),
    }


# name, spot, r, q, v0, kappa, theta, sigma, rho, days, strikes
CASES = [
    # Andersen (2008) test case I: long-dated, sigma = 1, rho = -0.9, Feller badly violated.
    ("andersenCaseI", 100.0, 0.0, 0.0, 0.04, 0.5, 0.04, 1.0, -0.9, 3650, [60.0, 70.0, 100.0, 140.0]),
    # Andersen (2008) test case II.
    ("andersenCaseII", 100.0, 0.0, 0.0, 0.04, 0.3, 0.04, 0.9, -0.5, 5475, [60.0, 70.0, 100.0, 140.0]),
    # Andersen (2008) test case III.
    ("andersenCaseIII", 100.0, 0.0, 0.0, 0.09, 1.0, 0.09, 1.0, -0.3, 1825, [60.0, 70.0, 100.0, 140.0]),
    # Stress: 30 years, sigma = 2, rho = -0.95 (the naive Heston formula jumps branches here).
    ("stressLongHighVolOfVol", 100.0, 0.03, 0.01, 0.09, 0.3, 0.09, 2.0, -0.95, 10950, [50.0, 100.0, 200.0]),
    # Short-dated, low variance: slow decay of the integrand.
    ("shortDated", 100.0, 0.02, 0.0, 0.01, 2.0, 0.02, 0.3, -0.7, 7, [95.0, 100.0, 103.0]),
    # The benchmark inputs (also used for the timing below).
    ("benchmarkSpx", 100.0, 0.03, 0.015, 0.04, 1.5, 0.06, 0.6, -0.7, 365, [100.0]),
]


def print_references():
    for name, spot, r, q, v0, kappa, theta, sigma, rho, days, strikes in CASES:
        model = setup(spot, r, q, v0, kappa, theta, sigma, rho)
        engs = engines(model)
        print(f"# {name}: S={spot} r={r} q={q} v0={v0} kappa={kappa} theta={theta} sigma={sigma} "
              f"rho={rho} T={days}/365")
        for k in strikes:
            row = []
            for kind in ("C", "P"):
                opt = option(kind, k, days)
                vals = {}
                for en, eng in engs.items():
                    if eng is None:
                        continue
                    opt.setPricingEngine(eng)
                    try:
                        vals[en] = opt.NPV()
                    except RuntimeError as error:  # COS truncation can fail in extreme cases
                        print(f"  ({en} failed for K={k} {kind}: {error})")
                row.append((kind, vals))
            for kind, vals in row:
                ref = vals["lobatto"]
                spread = max(abs(v - ref) for v in vals.values())
                print(f"  K={k:7.2f} {kind} lobatto={ref:.15g}  max engine spread={spread:.2e}  "
                      + " ".join(f"{en}={v:.15g}" for en, v in vals.items()))


def time_it(fn, min_seconds=2.0):
    fn()  # warm up
    n = 0
    start = time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return elapsed / n


def print_timing():
    name, spot, r, q, v0, kappa, theta, sigma, rho, days, _ = CASES[-1]
    model = setup(spot, r, q, v0, kappa, theta, sigma, rho)
    chain = [80.0 + 5.0 * i for i in range(10)]
    for en, eng in (("GaussLaguerre128", ql.AnalyticHestonEngine(model, 128)),
                    ("GaussLobatto1e-14", ql.AnalyticHestonEngine(model, 1e-14, 1000000)),
                    ("GaussLaguerre144(default constructor)", ql.AnalyticHestonEngine(model))):
        atm = option("C", 100.0, days)
        atm.setPricingEngine(eng)
        opts = [option("C", k, days) for k in chain]
        for o in opts:
            o.setPricingEngine(eng)

        def one():
            atm.recalculate()
            return atm.NPV()

        def strip():
            s = 0.0
            for o in opts:
                o.recalculate()
                s += o.NPV()
            return s

        t1 = time_it(one)
        t10 = time_it(strip)
        if "--bench" in sys.argv:
            # bench/run format: one "name value unit" line per figure
            print(f"quantlib.HestonAnalytic.atmCall[{en.split('(')[0]}] {t1 * 1e6:.4g} us/op")
            print(f"quantlib.HestonAnalytic.chain10[{en.split('(')[0]}] {t10 * 1e6:.4g} us/op")
            continue
        print(f"QuantLib {ql.__version__} {en}: ATM T=1 call {t1 * 1e6:.1f} us/op, "
              f"10-strike chain {t10 * 1e6:.1f} us/op (python loop, includes SWIG/instrument overhead)")


def arg(name, default):
    if name in sys.argv:
        return int(sys.argv[sys.argv.index(name) + 1])
    return default


def print_mc_timing():
    paths = arg("--paths", 100000)
    steps = arg("--steps", 45)
    ql.Settings.instance().evaluationDate = TODAY
    rts = ql.YieldTermStructureHandle(ql.FlatForward(TODAY, 0.04, DC, ql.Continuous))
    qts = ql.YieldTermStructureHandle(ql.FlatForward(TODAY, 0.013, DC, ql.Continuous))
    process = ql.HestonProcess(rts, qts, ql.QuoteHandle(ql.SimpleQuote(5000.0)), 0.0256, 4.0, 0.04, 0.7, -0.7)
    days = round(steps / 252.0 * 365.0)
    atm = option("C", 5000.0, days)
    # Warm up (library loading, first-call costs) on a small run, then time the full run once.
    atm.setPricingEngine(ql.MCEuropeanHestonEngine(process, "pseudorandom", timeSteps=steps,
                                                   requiredSamples=1000, seed=7))
    atm.NPV()
    # Best of --runs full runs (default 3), as the Java side reports its best run: on a shared
    # machine the load of other processes otherwise decides the ratio.
    elapsed = float("inf")
    for run in range(arg("--runs", 3)):
        atm.setPricingEngine(ql.MCEuropeanHestonEngine(process, "pseudorandom", timeSteps=steps,
                                                       requiredSamples=paths, seed=42 + run))
        start = time.perf_counter()
        price = atm.NPV()
        elapsed = min(elapsed, time.perf_counter() - start)
    where = f"[paths={paths},steps={steps},threads=1]"
    print(f"quantlib.MCEuropeanHestonEngine{where} {paths * steps / elapsed:.4g} path-steps/s")
    print(f"quantlib.MCEuropeanHestonEngine.time{where} {elapsed:.4g} s")
    atm.setPricingEngine(ql.AnalyticHestonEngine(ql.HestonModel(process)))
    print(f"# QuantLib {ql.__version__} MC ATM call {price:.4f} (analytic {atm.NPV():.4f}), "
          f"expiry {days} calendar days, QE-martingale discretisation, single thread, best of "
          f"{arg('--runs', 3)} runs")


if __name__ == "__main__":
    if "--mc-bench" in sys.argv:
        print_mc_timing()
        sys.exit(0)
    if "--bench" in sys.argv:
        print_timing()
        sys.exit(0)
    if "--timing-only" not in sys.argv:
        print_references()
    if "--references-only" not in sys.argv:
        print_timing()
