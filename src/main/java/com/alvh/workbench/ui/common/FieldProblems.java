package com.alvh.workbench.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which fields of an editor hold refused text, in one line for the Run button's reason: "Fix the
 * field first: VIX: 'abc' is not a number". Follows every field's message; the editor says which
 * fields it has now (layers come and go).
 */
public final class FieldProblems {

    private final Supplier<Collection<? extends EditorField<?>>> fields;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "problems", "");

    /** @param fields the editor's fields now */
    public FieldProblems(Supplier<Collection<? extends EditorField<?>>> fields) {
        this.fields = fields;
    }

    /** Follows {@code field}'s message (call once per field object the editor creates). */
    public void watch(EditorField<?> field) {
        field.errorProperty().addListener((obs, old, now) -> update());
    }

    /** Recomputes the line (after the set of fields changed). */
    public void update() {
        List<String> bad = new ArrayList<>();
        for (EditorField<?> f : fields.get()) {
            if (f.isInvalid()) {
                String message = f.errorProperty().get();
                bad.add(message.toLowerCase(java.util.Locale.ROOT).startsWith(f.label().toLowerCase(java.util.Locale.ROOT))
                        ? message : f.label() + ": " + message);
            }
        }
        if (bad.isEmpty()) {
            text.set("");
        } else if (bad.size() == 1) {
            text.set("Fix the field first: " + bad.get(0));
        } else {
            text.set("Fix " + bad.size() + " fields first: " + String.join("; ", bad));
        }
    }

    /** Empty when every field is valid. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
