package com.alvh.workbench.sweep.spark;

import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.SimulationCancelledException;
import com.alvh.workbench.sweep.LocalSweepExecutor;
import com.alvh.workbench.sweep.SweepExecutor;
import com.alvh.workbench.sweep.SweepResult;
import com.alvh.workbench.sweep.SweepRow;
import com.alvh.workbench.sweep.Sweeps;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sweep on Spark ({@code local[2]}, in this JVM) gives the local executor's numbers, bit for bit. */
class SparkSweepExecutorTest {

    private static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));
    private static JavaSparkContext context;

    @BeforeAll
    static void startSpark() {
        context = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("alvh-sweep-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        if (context != null) {
            context.stop();
        }
    }

    private static SweepSpec sweep(int paths) {
        String json = """
            {
              "schemaVersion": 1, "kind": "sweep", "name": "spark test",
              "base": "base-condor-alvh.json",
              "simulation": {"paths": %d, "seed": 11},
              "axes": [
                {"path": "$.policy.layers[1].entry.of[0].level", "from": 18, "to": 30},
                {"path": "$.policy.layers[0].size.fraction", "from": 0.005, "to": 0.03}
              ],
              "sampling": {"type": "latinHypercube", "count": 5, "seed": 3},
              "objective": {"goal": "leastCost", "tail": "cvar95", "tailAtMost": 60000}
            }
            """.formatted(paths);
        SweepSpec s = SweepJson.read(json, "test", Path.of("sample-data", "scenarios"));
        return s.withBaseSimulation(s.base().simulation().withSteps(15));
    }

    @Test
    void sparkLocal2GivesTheLocalSweepExactly() {
        SweepSpec spec = sweep(1_500); // two blocks
        SweepResult local;
        try (SweepExecutor l = new LocalSweepExecutor(2)) {
            local = Sweeps.run(spec, RESOLVER, l, null, null);
        }
        SweepResult spark;
        try (SweepExecutor s = new SparkSweepExecutor(context)) {
            spark = Sweeps.run(spec, RESOLVER, s, null, null);
        }
        assertThat(spark.executor()).isEqualTo("spark local[2]");
        assertThat(spark.rows()).hasSameSizeAs(local.rows()).hasSize(7);
        for (int i = 0; i < local.rows().size(); i++) {
            SweepRow a = local.rows().get(i);
            SweepRow b = spark.rows().get(i);
            assertThat(b.metrics()).as(a.label()).isEqualTo(a.metrics()); // records of doubles: equal bit for bit
            assertThat(b.axisValues()).isEqualTo(a.axisValues());
            assertThat(b.onFrontier()).isEqualTo(a.onFrontier());
        }
        assertThat(spark.frontier()).isEqualTo(local.frontier());
        assertThat(spark.best()).isEqualTo(local.best());
    }

    @Test
    void aCancelStopsTheSparkJob() {
        SweepSpec spec = sweep(2_100);
        CancellationToken cancel = new CancellationToken();
        AtomicLong seen = new AtomicLong();
        try (SweepExecutor s = new SparkSweepExecutor(context)) {
            assertThatThrownBy(() -> Sweeps.run(spec, RESOLVER, s, (done, total) -> {
                seen.set(total);
                cancel.cancel(); // at the first finished task
            }, cancel)).isInstanceOf(SimulationCancelledException.class);
        }
        assertThat(seen.get()).isPositive();
    }
}
