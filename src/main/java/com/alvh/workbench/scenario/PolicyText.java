package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * A hedge policy as compact JSON text and back, in the scenario format's {@code policy} form: how a
 * policy travels to another process (a Spark executor) and how a sweep's row names its policy.
 */
public final class PolicyText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyText() {
    }

    /**
     * @param policy the policy
     * @return one line of JSON
     */
    public static String write(AlvhPolicy policy) {
        try {
            return MAPPER.writeValueAsString(PolicyJson.writePolicy(policy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write policy '" + policy.name() + "'", e);
        }
    }

    /**
     * @param json a policy as {@link #write} gives it
     * @return the policy
     * @throws ScenarioException with JSON paths if the text is not a policy
     */
    public static AlvhPolicy read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException("policy", List.of(new ScenarioProblem("$", "not valid JSON: " + e.getOriginalMessage())));
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        AlvhPolicy p = PolicyJson.readPolicy(new JsonCursor(tree, "$", problems));
        if (!problems.isEmpty() || p == null) {
            throw new ScenarioException("policy", problems.isEmpty() ? List.of(new ScenarioProblem("$", "could not be read")) : problems);
        }
        return p;
    }
}
