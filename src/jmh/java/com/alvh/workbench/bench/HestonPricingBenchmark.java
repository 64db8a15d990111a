package com.alvh.workbench.bench;

import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.HestonPricer;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.VixUnderHeston;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the semi-analytic Heston prices and of the VIX-under-Heston expectations.
 *
 * <p>Inputs match tools/quantlib_heston_peer.py ("benchmarkSpx"), whose timing of QuantLib's
 * AnalyticHestonEngine gives the side-by-side figure: S = 100, r = 0.03, q = 0.015, T = 1,
 * v0 = 0.04, kappa = 1.5, theta = 0.06, sigma = 0.6, rho = -0.7; the chain is K = 80, 85, ..., 125.
 *
 * <p>Run: {@code ./mvnw -o -q -Pbench test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-cp %classpath org.openjdk.jmh.Main HestonPricingBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HestonPricingBenchmark {

    private final HestonModel model = HestonModel.of(0.04, 1.5, 0.06, 0.6, -0.7);
    private final HestonModel vixModel = HestonModel.of(0.04, 3.0, 0.04, 0.7, -0.7);
    private final double spot = 100.0;
    private final double rate = 0.03;
    private final double dividendYield = 0.015;
    private final double[] strikes = {80, 85, 90, 95, 100, 105, 110, 115, 120, 125};

    @Benchmark
    public double atmCallOneYear() {
        return HestonPricer.callPrice(model, spot, 100.0, 1.0, rate, dividendYield);
    }

    @Benchmark
    public double[] tenStrikeChainOneYear() {
        return HestonPricer.prices(OptionType.CALL, model, spot, strikes, 1.0, rate, dividendYield);
    }

    @Benchmark
    public double vixFutureThreeMonths() {
        return VixUnderHeston.futuresPrice(vixModel, 0.25);
    }

    @Benchmark
    public double vixCallThreeMonths() {
        return VixUnderHeston.callPrice(vixModel, 22.0, 0.25, rate);
    }
}
