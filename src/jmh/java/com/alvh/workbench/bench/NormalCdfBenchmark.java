package com.alvh.workbench.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.special.Erf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our normal CDF (Cody's ANORM) against Commons Math 3.6.1 over the same 1024 inputs spread
 * uniformly on [-10, 10] (fixed seed). Each benchmark sums the CDF over the array, so the figure
 * per operation is the time of one CDF evaluation.
 *
 * <p>Run (see docs/pricing.md): {@code ./mvnw -o -q -Pbench test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}, then
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.openjdk.jmh.Main
 * NormalCdfBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NormalCdfBenchmark {

    private static final int N = 1024;
    private static final double INV_SQRT_2 = 0.7071067811865476;

    private double[] xs;
    private org.apache.commons.math3.distribution.NormalDistribution commons;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42L);
        xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = -10.0 + 20.0 * random.nextDouble();
        }
        // Null generator: no random source is needed for cumulativeProbability.
        commons = new org.apache.commons.math3.distribution.NormalDistribution(null, 0.0, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double codyAnorm() {
        double sum = 0.0;
        for (double x : xs) {
            sum += com.alvh.workbench.math.NormalDistribution.cdf(x);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double commonsMathCumulativeProbability() {
        double sum = 0.0;
        for (double x : xs) {
            sum += commons.cumulativeProbability(x);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double commonsMathErfc() {
        double sum = 0.0;
        for (double x : xs) {
            sum += 0.5 * Erf.erfc(-x * INV_SQRT_2);
        }
        return sum;
    }
}
