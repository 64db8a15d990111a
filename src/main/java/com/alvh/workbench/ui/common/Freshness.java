package com.alvh.workbench.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether a result still matches the scenario being edited: a result view is either current or
 * visibly marked "inputs changed - run again" with what changed. Holds the spec the result was
 * computed from and compares it with the source's spec on every edit (and on undo back to it, when
 * the mark goes away again).
 *
 * @param <S> the scenario type
 */
public final class Freshness<S> {

    /** How many changed values the mark lists before "and n more". */
    public static final int LISTED = 3;

    private final ScenarioSource<S> source;
    private final String action;
    private S ranOn;
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    /**
     * @param source the scenario being edited
     * @param action what brings the result up to date, e.g. "run again" or "load again"
     */
    public Freshness(ScenarioSource<S> source, String action) {
        this.source = Objects.requireNonNull(source, "source");
        this.action = Objects.requireNonNull(action, "action");
        source.spec().addListener((obs, old, now) -> update());
    }

    /** The result shown now comes from {@code spec}; null when no result is shown. */
    public void resultFrom(S spec) {
        ranOn = spec;
        update();
    }

    /** The spec the result shown was computed from, or null. */
    public S ranOn() {
        return ranOn;
    }

    private void update() {
        S now = source.current();
        if (ranOn == null || ranOn.equals(now)) {
            stale.set(false);
            text.set("");
            return;
        }
        List<String> changes = source.changes().apply(ranOn, now);
        stale.set(true);
        text.set(describe(changes, action));
    }

    /** "Inputs changed - run again: VIX 16 -&gt; 22; paths 20,000 -&gt; 5,000 (and 2 more)". */
    static String describe(List<String> changes, String action) {
        StringBuilder sb = new StringBuilder("Inputs changed \u2013 " + action);
        if (!changes.isEmpty()) {
            sb.append(": ").append(String.join("; ", changes.subList(0, Math.min(LISTED, changes.size()))));
            if (changes.size() > LISTED) {
                sb.append(" (and ").append(changes.size() - LISTED).append(" more)");
            }
        }
        return sb.toString();
    }

    /** Whether the result shown no longer matches the scenario. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public boolean isStale() {
        return stale.get();
    }

    /** The mark: empty while current. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
