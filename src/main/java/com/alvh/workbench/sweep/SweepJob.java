package com.alvh.workbench.sweep;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.PolicyText;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sweep's work as plain text, for an executor in another JVM (a Spark executor): the base
 * scenario and the policies in the scenario format, and the folder of the market history. Each JVM
 * resolves it once into a {@link PreparedSweep} (cached), so every task of a job shares it.
 *
 * @param scenarioJson the base scenario (its policy is not used)
 * @param policiesJson the policies, in order ({@link PolicyText})
 * @param dataDirectory where the market history is, on the machine that runs the task
 */
public record SweepJob(String scenarioJson, List<String> policiesJson, String dataDirectory) implements Serializable {

    /** Prepared sweeps of this JVM, by job (a handful at most: one job runs at a time). */
    private static final Map<SweepJob, PreparedSweep> PREPARED = new LinkedHashMap<>();
    /** Resolved base scenarios of this JVM, by market. */
    private static final Map<List<String>, Scenario> SCENARIOS = new LinkedHashMap<>();

    public SweepJob {
        Objects.requireNonNull(scenarioJson, "scenarioJson");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        policiesJson = List.copyOf(policiesJson);
    }

    /**
     * The job of a base scenario and its policies.
     *
     * @param base the base scenario as stated
     * @param policies the policies
     * @param dataDirectory the market history folder
     */
    public static SweepJob of(ScenarioSpec base, List<AlvhPolicy> policies, Path dataDirectory) {
        List<String> texts = new ArrayList<>();
        for (AlvhPolicy p : policies) {
            texts.add(PolicyText.write(p));
        }
        return new SweepJob(ScenarioJson.write(base), texts, dataDirectory.toString());
    }

    /** The job resolved in this JVM (once per job; later calls share it). */
    public PreparedSweep prepare() {
        synchronized (PREPARED) {
            PreparedSweep p = PREPARED.get(this);
            if (p == null) {
                List<AlvhPolicy> policies = new ArrayList<>();
                for (String t : policiesJson) {
                    policies.add(PolicyText.read(t));
                }
                p = new PreparedSweep(scenario(), policies);
                if (PREPARED.size() >= 4) {
                    PREPARED.remove(PREPARED.keySet().iterator().next());
                }
                PREPARED.put(this, p);
            }
            return p;
        }
    }

    /** The base scenario resolved in this JVM, shared by every job on the same market. */
    Scenario scenario() {
        List<String> key = marketKey();
        synchronized (SCENARIOS) {
            Scenario s = SCENARIOS.get(key);
            if (s == null) {
                s = new ScenarioResolver(Path.of(dataDirectory)).resolve(ScenarioJson.read(scenarioJson, "sweep job"));
                if (SCENARIOS.size() >= 4) {
                    SCENARIOS.remove(SCENARIOS.keySet().iterator().next());
                }
                SCENARIOS.put(key, s);
            }
            return s;
        }
    }

    /** What the market paths depend on: jobs with equal keys share their recorded paths. */
    List<String> marketKey() {
        return List.of(scenarioJson, dataDirectory);
    }

    /** Number of policies. */
    public int policyCount() {
        return policiesJson.size();
    }
}
