package com.alvh.workbench.ui.defi;

import com.alvh.workbench.ui.common.DocumentStatus;
import com.alvh.workbench.ui.common.EditableDocument;
import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FieldProblems;
import com.alvh.workbench.ui.common.FieldText;
import com.alvh.workbench.ui.common.ScenarioSource;

import com.alvh.workbench.defi.DefiParameter;
import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.HistoryReplayMarket;
import com.alvh.workbench.defi.PegReplayMarket;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioFile;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.SimulationSpec;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DeFi scenario being edited: which of the five questions, the position's and hedges' numbers
 * (each sample's declared {@link DefiParameter}s), the simulation settings and, for the LP question,
 * a window of real ETH history to replay. Edits are validated field by field (range, then the
 * sample's cross-checks such as a range's low edge below its high edge), undoable, and saved as a
 * DeFi scenario file that the command line runs unchanged. No scene graph here.
 */
public final class DefiEditorViewModel {

    /** Paths a fresh sample starts with in the workbench (the files ship with more; runs stay interactive). */
    public static final int INTERACTIVE_PATHS = 2_000;

    private static final Pattern WINDOW = Pattern.compile("\\s*(\\S+)\\s*(?:\\.\\.|to|\u2013|-\\s)\\s*(\\S+)\\s*");

    private final Path dataDirectory;
    private EditableDocument<DefiScenarioSpec> document;
    private final ReadOnlyObjectWrapper<DefiScenarioSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final DocumentStatus status = new DocumentStatus();
    private final ObservableList<EditorField<DefiScenarioSpec>> fields = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view that is dropped is lost with it (weakly held). */
    private final ObservableList<EditorField<DefiScenarioSpec>> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private String fieldsFor;
    private final FieldProblems problems = new FieldProblems(() -> fields);

    /**
     * An editor on the first DeFi sample (new, unsaved).
     *
     * @param dataDirectory the sample-data folder (ETH history for replays)
     */
    public DefiEditorViewModel(Path dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        load(new EditableDocument<>(fresh(DefiSamples.keys().get(0)), null));
    }

    /** A sample as a new scenario, at {@link #INTERACTIVE_PATHS} paths. */
    static DefiScenarioSpec fresh(String sampleKey) {
        // One sample built, not all five (build names an unknown key).
        DefiScenarioSpec s = ScenarioSamples.defi(DefiSamples.build(sampleKey, Map.of()));
        return s.withSimulation(s.simulation().withPaths(INTERACTIVE_PATHS));
    }

    // ---------------------------------------------------------------- document

    /** Replaces the document (open, new). */
    public void load(EditableDocument<DefiScenarioSpec> next) {
        document = Objects.requireNonNull(next, "next");
        refresh();
    }

    /**
     * Opens a DeFi scenario file; on any problem the current one stays as it was.
     *
     * @throws ScenarioException listing every problem with its JSON path (an equity file is one)
     * @throws IOException if it cannot be read
     */
    public void open(Path file) throws IOException {
        ScenarioFile read = ScenarioJson.loadFile(file);
        if (!(read instanceof DefiScenarioSpec d)) {
            throw new ScenarioException(file.toString(), List.of(new com.alvh.workbench.scenario.ScenarioProblem("$.kind",
                    "this is an equity scenario; open it from File > Open (the Scenario tab)")));
        }
        load(new EditableDocument<>(d, file));
    }

    /** Starts over on a sample (unsaved). */
    public void newFromSample(String sampleKey) {
        load(new EditableDocument<>(fresh(sampleKey), null));
    }

    /** Saves to the current file. @throws IllegalStateException if there is none */
    public void save() throws IOException {
        document.save();
        refresh();
    }

    /** Saves atomically to a new file, which becomes the document's. */
    public void saveAs(Path file) throws IOException {
        document.saveAs(file);
        refresh();
    }

    /** The sample-data folder the scenario's replays read. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The document. */
    public EditableDocument<DefiScenarioSpec> document() {
        return document;
    }

    public void undo() {
        if (document.undo()) {
            refresh();
        }
    }

    public void redo() {
        if (document.redo()) {
            refresh();
        }
    }

    /**
     * Switches to another of the five questions: its position and hedges at their defaults, model
     * paths, the current paths and seed. Undoable.
     *
     * @param sampleKey one of {@link DefiScenarioSpec#SAMPLES}
     * @return whether anything changed
     */
    public boolean chooseSample(String sampleKey) {
        DefiScenarioSpec now = document.spec();
        if (now.sample().equals(sampleKey)) {
            return false;
        }
        DefiScenarioSpec base = fresh(sampleKey);
        SimulationSpec sim = now.replay() != null ? base.simulation() : base.simulation()
                .withPaths(now.simulation().paths()).withSeed(now.simulation().seed());
        boolean changed = document.edit(DefiSpecs.of(base.name(), base.description(), sampleKey, Map.of(), null, sim),
                "question");
        refresh();
        return changed;
    }

    /**
     * Commits one field: parses its text, applies the edit if it is valid, shows the message if not.
     *
     * @return whether the scenario changed
     */
    public boolean commit(EditorField<DefiScenarioSpec> field) {
        DefiScenarioSpec next = field.parse(document.spec());
        if (next == null) {
            return false;
        }
        boolean changed = document.edit(next, field.label());
        refresh();
        return changed;
    }

    /**
     * Sets several parameters of the current sample in one undoable edit (the LP range from the sliders).
     *
     * @param values parameter key to value
     * @param label what changed, for the undo menu
     * @return whether anything changed
     * @throws IllegalArgumentException naming the parameter if a value is not accepted (nothing changes)
     */
    public boolean setParameters(Map<String, Double> values, String label) {
        DefiScenarioSpec next = document.spec();
        for (DefiParameter p : DefiSamples.parameters(next.sample())) {
            Double v = values.get(p.key());
            if (v != null) {
                next = withParameter(next, p, v);
            }
        }
        for (String key : values.keySet()) {
            parameter(key); // an unknown key is refused by name
        }
        boolean changed = document.edit(next, label);
        refresh();
        return changed;
    }

    /** Puts every position and hedge number back to the sample's own (undoable). */
    public boolean resetParameters() {
        DefiScenarioSpec s = document.spec();
        boolean changed = document.edit(s.withParameters(Map.of()), "reset to the sample");
        refresh();
        return changed;
    }

    /**
     * The sample to run, built from the current file: its parameters, simulation settings and replay.
     *
     * @throws IllegalArgumentException if the parameters or the replay window do not fit the data
     */
    public DefiSamples.DefiSample resolve() {
        return document.spec().resolve(dataDirectory);
    }

    private void refresh() {
        DefiScenarioSpec s = document.spec();
        if (!s.sample().equals(fieldsFor)) {
            fields.setAll(defineFields(s.sample()));
            fields.forEach(problems::watch);
            fieldsFor = s.sample();
            problems.update();
        }
        spec.set(s);
        status.update(document);
        fields.forEach(f -> f.refresh(s));
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<DefiScenarioSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return status.dirtyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return status.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return status.canRedoProperty();
    }

    /** Name, a star when unsaved, the file name. */
    public ReadOnlyStringProperty titleProperty() {
        return status.titleProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return status.undoTextProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return status.redoTextProperty();
    }

    /** The DeFi scenario as the DeFi tab runs it: the spec being edited, what changed, why it cannot run. */
    public ScenarioSource<DefiScenarioSpec> source() {
        return new ScenarioSource<>(specProperty(), this::changes, problems.textProperty());
    }

    /** Empty while every field is valid; else which field holds refused text (Run stays disabled). */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.textProperty();
    }

    /** What changed from {@code before} to {@code after}, one "label old -&gt; new" line per value. */
    public List<String> changes(DefiScenarioSpec before, DefiScenarioSpec after) {
        List<String> out = new ArrayList<>();
        if (before.equals(after)) {
            return out;
        }
        if (!before.sample().equals(after.sample())) {
            out.add("question " + DefiViewModel.title(before.sample()) + " \u2192 " + DefiViewModel.title(after.sample()));
            return out; // another question: its fields are others
        }
        for (EditorField<DefiScenarioSpec> f : defineFields(after.sample())) {
            String a = f.valueIn(before);
            String b = f.valueIn(after);
            if (!java.util.Objects.equals(a, b)) {
                out.add(f.label() + " " + (a == null || a.isEmpty() ? "(none)" : a) + " \u2192 "
                        + (b == null || b.isEmpty() ? "(none)" : b));
            }
        }
        if (out.isEmpty()) {
            out.add("scenario edited");
        }
        return out;
    }

    /** The fields for the current sample, in display order (replaced when the sample changes). */
    public ObservableList<EditorField<DefiScenarioSpec>> fields() {
        return fieldsView;
    }

    /** The field with a label (for tests and keyboard navigation). */
    public EditorField<DefiScenarioSpec> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field '" + label + "'"));
    }

    /** The current value of a parameter of the current sample (its default when the file does not set it). */
    public double parameter(String key) {
        DefiScenarioSpec s = document.spec();
        return s.parameters().getOrDefault(key, DefiSamples.parameters(s.sample()).stream()
                .filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(s.sample() + " has no parameter '" + key + "'"))
                .defaultValue());
    }

    // ---------------------------------------------------------------- fields

    /** The label of a parameter's field: its label and unit. */
    static String label(DefiParameter p) {
        return p.unit().isEmpty() ? p.label() : p.label() + " (" + p.unit() + ")";
    }

    private List<EditorField<DefiScenarioSpec>> defineFields(String sampleKey) {
        List<EditorField<DefiScenarioSpec>> out = new ArrayList<>();
        out.add(new EditorField<>("Scenario", "name", "A label for the workbench and reports.", DefiScenarioSpec::name,
                (s, t) -> DefiSpecs.of(t.strip(), s.description(), s.sample(), s.parameters(), s.replay(), s.simulation())));
        for (DefiParameter p : DefiSamples.parameters(sampleKey)) {
            String label = label(p);
            String help = p.help() + " Sample value " + FieldText.number(p.defaultValue()) + "; accepted "
                    + FieldText.number(p.min()) + " to " + FieldText.number(p.max()) + (p.integer() ? ", whole numbers." : ".");
            out.add(new EditorField<>("Position and hedges", label, help,
                    // A parameter the current file cannot set (one chain's correlation in a replay) is greyed out.
                    s -> s.offeredParameters().stream().noneMatch(o -> o.key().equals(p.key())) ? null
                            : FieldText.number(s.parameters().getOrDefault(p.key(), p.defaultValue())),
                    (s, t) -> withParameter(s, p, FieldText.parseNumber(label, t))));
        }
        out.add(new EditorField<>("Simulation", "paths", "Monte Carlo paths; the unhedged and hedged positions run on the "
                + "same paths (common random numbers). A replay of history is one path.",
                s -> FieldText.number(s.simulation().paths()),
                (s, t) -> s.withSimulation(s.simulation().withPaths(FieldText.parseInt("paths", t)))));
        out.add(new EditorField<>("Simulation", "days", "Daily steps simulated (365 = one year; crypto trades every day).",
                s -> FieldText.number(s.simulation().steps()),
                (s, t) -> s.withSimulation(s.simulation().withSteps(FieldText.parseInt("days", t)))));
        out.add(new EditorField<>("Simulation", "seed", "Root seed: the same seed gives the same paths and results.",
                s -> String.valueOf(s.simulation().seed()),
                (s, t) -> s.withSimulation(s.simulation().withSeed(FieldText.parseLong("seed", t)))));
        out.add(new EditorField<>("History", "ETH window", "Replay real ETH closes instead of model paths: "
                + "first and last day, e.g. 2022-01-01 .. 2022-12-31 (one path). Empty for model paths. "
                + "Offered for the LP question.",
                s -> !s.sample().equals(DefiScenarioSpec.REPLAYABLE_SAMPLE) ? null
                        : s.replay() == null ? "" : s.replay().from() + " .. " + s.replay().to(),
                this::withEthWindow));
        out.add(new EditorField<>("History", "depeg replay", "Replay a real stablecoin depeg through the stable LP "
                + "instead of model paths (one path, the coin's daily price and ETH's real closes): an episode, "
                + String.join(" or ", PegReplayMarket.EPISODES.values().stream().map(e -> e.key() + " (" + e.label() + ")")
                        .toList()) + ", or a coin of the stablecoin history and a window, e.g. dai 2023-03-01 .. 2023-03-31. "
                + "Empty for model paths. Offered for the stable LP question.",
                s -> !s.sample().equals(DefiScenarioSpec.DEPEG_REPLAYABLE_SAMPLE) ? null : depegText(s.replay()),
                this::withDepegReplay).withChoices(depegChoices(), true));
        return out;
    }

    /** The depeg replays offered: model paths, then each episode by its title (a coin and a window may be typed). */
    private static List<EditorField.Choice> depegChoices() {
        List<EditorField.Choice> out = new ArrayList<>();
        out.add(new EditorField.Choice("", "model paths (no replay)"));
        PegReplayMarket.EPISODES.values().forEach(e -> out.add(new EditorField.Choice(e.key(), e.label())));
        return out;
    }

    /** How a depeg replay is shown: its episode's key, or "coin from .. to". */
    static String depegText(DefiScenarioSpec.Replay r) {
        if (r == null) {
            return "";
        }
        return PegReplayMarket.EPISODES.values().stream()
                .filter(e -> e.coin().equals(r.coin()) && e.from().equals(r.from()) && e.to().equals(r.to()))
                .map(PegReplayMarket.Episode::key).findFirst()
                .orElse(r.coin() + " " + r.from() + " .. " + r.to());
    }

    private DefiScenarioSpec withDepegReplay(DefiScenarioSpec s, String text) {
        if (text == null || text.isBlank()) {
            return modelPaths(s);
        }
        String t = text.strip();
        DefiScenarioSpec.Replay replay;
        if (PegReplayMarket.EPISODES.containsKey(t)) {
            replay = DefiScenarioSpec.Replay.episode(t);
        } else {
            int space = t.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("depeg replay: '" + t + "' is not an episode ("
                        + String.join(", ", PegReplayMarket.EPISODES.keySet()) + ") nor a coin and a window such as "
                        + "dai 2023-03-01 .. 2023-03-31");
            }
            LocalDate[] window = window("depeg replay", t.substring(space + 1));
            replay = new DefiScenarioSpec.Replay(window[0], window[1], t.substring(0, space).strip());
        }
        int steps;
        try {
            steps = PegReplayMarket.load(dataDirectory, replay.coin(), replay.from(), replay.to()).steps();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("depeg replay: the history could not be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("depeg replay: " + e.getMessage(), e);
        }
        return DefiSpecs.of(s.name(), s.description(), s.sample(), s.parameters(), replay,
                new SimulationSpec(1, steps, s.simulation().seed(), 1));
    }

    /** Back to model paths from a replay, at {@link #INTERACTIVE_PATHS} paths and one year. */
    private static DefiScenarioSpec modelPaths(DefiScenarioSpec s) {
        if (s.replay() == null) {
            return s;
        }
        return DefiSpecs.of(s.name(), s.description(), s.sample(), s.parameters(), null,
                new SimulationSpec(INTERACTIVE_PATHS, DefiSamples.DAYS, s.simulation().seed(), 0));
    }

    /** "first .. last" as two dates; the message starts with {@code field}. */
    private static LocalDate[] window(String field, String text) {
        Matcher m = WINDOW.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(field + ": write first and last day as 2022-01-01 .. 2022-12-31, was '"
                    + text.strip() + "'");
        }
        LocalDate[] w;
        try {
            w = new LocalDate[] {LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))};
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + e.getParsedString() + "' is not a date (YYYY-MM-DD)");
        }
        if (!w[1].isAfter(w[0])) {
            throw new IllegalArgumentException(field + ": the last day must come after the first, were " + w[0]
                    + " and " + w[1]);
        }
        return w;
    }

    private static DefiScenarioSpec withParameter(DefiScenarioSpec s, DefiParameter p, double value) {
        String problem = p.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(label(p) + " " + problem);
        }
        Map<String, Double> values = new LinkedHashMap<>(s.parameters());
        if (value == p.defaultValue()) {
            values.remove(p.key()); // the sample's own value: the file need not say it
        } else {
            values.put(p.key(), value);
        }
        // The sample's cross-checks (a range's low edge below its high edge, k of n signers, ...) run in
        // the spec's constructor; their message starts with the key to change.
        return s.withParameters(values);
    }

    private DefiScenarioSpec withEthWindow(DefiScenarioSpec s, String text) {
        if (text == null || text.isBlank()) {
            return modelPaths(s);
        }
        LocalDate[] w = window("ETH window", text);
        LocalDate from = w[0];
        LocalDate to = w[1];
        DefiScenarioSpec.Replay replay = new DefiScenarioSpec.Replay(from, to);
        int steps;
        try {
            steps = HistoryReplayMarket.eth(dataDirectory.resolve("eth_usd_daily.csv"), from, to,
                    DefiSamples.ethAsset()).steps();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("ETH window: the history could not be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ETH window: " + e.getMessage(), e);
        }
        // A replay runs one chain: parameters it does not offer (the chains' correlation) are left out.
        Map<String, Double> kept = new LinkedHashMap<>(s.parameters());
        kept.keySet().retainAll(DefiSamples.replayParameters().stream().map(DefiParameter::key).toList());
        return DefiSpecs.of(s.name(), s.description(), s.sample(), kept, replay,
                new SimulationSpec(1, steps, s.simulation().seed(), 1));
    }
}
