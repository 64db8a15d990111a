package com.alvh.workbench.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One editable value of a scenario (an equity {@code S} or a DeFi scenario): the text the user types, the validation message shown next
 * to it, and how it maps to and from the spec. Committing parses the text and asks the editor to
 * apply the new spec; a value that does not parse or that the domain rejects leaves the spec as it
 * was and shows why.
 *
 * @param <S> the immutable scenario type the field reads and writes
 */
public final class EditorField<S> {

    private final String section;
    private final String label;
    private final String help;
    private final Function<S, String> read;
    private final BiFunction<S, String, S> write;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(this, "applicable", true);
    /** The spec's value the text was last set from. */
    private String shown;
    private java.util.List<Choice> choices = java.util.List.of();
    private boolean otherAllowed;

    /**
     * One value of an enumerated field, with the title people read.
     *
     * @param value the field's text for it (what the spec's reader gives and its writer parses)
     * @param title what the choice box shows, e.g. "VIX call spread"
     */
    public record Choice(String value, String title) {
    }

    /**
     * @param section the editor section, e.g. "Market"
     * @param label the field's label, e.g. "SPX spot"
     * @param help tooltip text explaining the term and its unit
     * @param read the field's text for a spec, or null if the field does not apply to that spec
     * @param write a new spec with the parsed text; throws {@link IllegalArgumentException} with a message for the user
     */
    public EditorField(String section, String label, String help, Function<S, String> read,
                       BiFunction<S, String, S> write) {
        this.section = section;
        this.label = label;
        this.help = help;
        this.read = read;
        this.write = write;
    }

    /**
     * Makes the field a choice box of these values (an enumeration: instrument, yes/no, an episode).
     *
     * @param values the choices, in menu order
     * @param other whether text outside the choices may still be typed (e.g. a coin and a window)
     * @return this field
     */
    public EditorField<S> withChoices(java.util.List<Choice> values, boolean other) {
        this.choices = java.util.List.copyOf(values);
        this.otherAllowed = other;
        return this;
    }

    /** The field's choices; empty for a free-text field. */
    public java.util.List<Choice> choices() {
        return choices;
    }

    /** Whether text outside {@link #choices()} may be typed. */
    public boolean otherAllowed() {
        return otherAllowed;
    }

    /** The title of a value of this field (its choice's title), or the value itself. */
    public String title(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::title).findFirst().orElse(value);
    }

    public String section() {
        return section;
    }

    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    /** The text in the field (bound bidirectionally by the view). */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the last commit was refused; empty when the field is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the field applies to the current scenario (e.g. Heston parameters for a replay do not). */
    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }

    /**
     * Shows the spec's value and clears any message, unless the field holds refused text for a value the
     * spec still has: that text and its message stay (an edit elsewhere does not silently drop what the
     * user typed here; the editor keeps Run disabled until it is fixed or reverted).
     */
    public void refresh(S spec) {
        String value = read.apply(spec);
        if (!error.get().isEmpty() && java.util.Objects.equals(value, shown)) {
            applicable.set(value != null);
            return;
        }
        revert(spec);
    }

    /** Shows the spec's value and clears any message (Escape, undo of the whole document). */
    public void revert(S spec) {
        String value = read.apply(spec);
        shown = value;
        applicable.set(value != null);
        text.set(value == null ? "" : value);
        error.set("");
    }

    /** The field's text for {@code spec} (null where the field does not apply): what "what changed" lists compare. */
    public String valueIn(S spec) {
        return read.apply(spec);
    }

    /** Whether the field holds text that was refused (its message is not empty). */
    public boolean isInvalid() {
        return !error.get().isEmpty();
    }

    /**
     * Parses the text against {@code spec}.
     *
     * @return the new spec, or null if the text is refused (the message is then in {@link #errorProperty()})
     */
    public S parse(S spec) {
        if (!applicable.get()) {
            return null;
        }
        try {
            S next = write.apply(spec, text.get());
            error.set("");
            return next;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }
}
