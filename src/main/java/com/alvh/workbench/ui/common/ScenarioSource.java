package com.alvh.workbench.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * The scenario a tab runs, as its editor offers it: the spec being edited (never a copy), what
 * changed between two specs in words, and why it cannot run now. A tab takes the spec when Run is
 * pressed and keeps the one its result came from, so it can say when the result is out of date.
 *
 * @param spec the scenario being edited
 * @param changes "label: old -&gt; new" lines between a spec a result was run on and another
 * @param problems empty when the scenario can run; else why not (a field holds refused text)
 * @param <S> the scenario type
 */
public record ScenarioSource<S>(ObservableValue<S> spec, BiFunction<S, S, List<String>> changes,
                                ObservableStringValue problems) {

    public ScenarioSource {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(problems, "problems");
    }

    /** The scenario now. */
    public S current() {
        return spec.getValue();
    }

    /** Why it cannot run now, or "" if it can. */
    public String problem() {
        String p = problems.get();
        return p == null ? "" : p;
    }
}
