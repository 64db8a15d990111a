package com.alvh.workbench.ui.scenario;

import com.alvh.workbench.ui.common.DocumentStatus;
import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FieldProblems;
import com.alvh.workbench.ui.common.FieldText;
import com.alvh.workbench.ui.common.ScenarioSource;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.hedge.TriggerText;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.scenario.CondorSpec;
import com.alvh.workbench.scenario.MarketSpec;
import com.alvh.workbench.scenario.ModelSpec;
import com.alvh.workbench.scenario.PolicySpec;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationSpec;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * State and validation of the scenario editor: the document (with undo/redo and dirty tracking),
 * one {@link EditorField} per editable value, the hedge layers, and the model choice. Views bind to
 * the properties and call {@link #commit(EditorField)}; nothing here touches the scene graph, so
 * it is unit-tested without a toolkit.
 */
public final class ScenarioEditorViewModel {

    private final ScenarioResolver resolver;
    private ScenarioDocument document;
    private final ReadOnlyObjectWrapper<ScenarioSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final DocumentStatus status = new DocumentStatus();
    private final ReadOnlyStringWrapper policySummary = new ReadOnlyStringWrapper(this, "policySummary");
    private final ReadOnlyBooleanWrapper policyEditable = new ReadOnlyBooleanWrapper(this, "policyEditable");
    private final List<EditorField<ScenarioSpec>> fields = new ArrayList<>();
    private final ObservableList<LayerModel> layers = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view that is dropped is lost with it (weakly held). */
    private final ObservableList<LayerModel> layersView = FXCollections.unmodifiableObservableList(layers);
    private final Map<String, Function<ScenarioSpec, ModelSpec>> modelChoices = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper modelChoice = new ReadOnlyStringWrapper(this, "modelChoice");
    private final FieldProblems problems = new FieldProblems(this::allFields);

    /** The hedge instruments, by the text the field holds, with the titles the choice box shows. */
    static final List<EditorField.Choice> INSTRUMENTS = List.of(
            new EditorField.Choice("VIX_CALL", "VIX call"), new EditorField.Choice("VIX_CALL_SPREAD", "VIX call spread"),
            new EditorField.Choice("VIX_FUTURE", "VIX future"), new EditorField.Choice("SPX_PUT", "SPX put"));
    static final List<EditorField.Choice> YES_NO = List.of(new EditorField.Choice("yes", "yes"),
            new EditorField.Choice("no", "no"));

    /**
     * @param document the scenario to edit
     * @param resolver the shipped history (to size replays)
     */
    public ScenarioEditorViewModel(ScenarioDocument document, ScenarioResolver resolver) {
        this.resolver = resolver;
        defineFields();
        defineModels();
        load(document);
    }

    /** An editor on the ready sample scenario (new, unsaved). */
    public static ScenarioEditorViewModel onSample(ScenarioResolver resolver) {
        return new ScenarioEditorViewModel(new ScenarioDocument(ScenarioSamples.baseCondorAlvh(), null), resolver);
    }

    // ---------------------------------------------------------------- document

    /** Replaces the document (open, new, recover). */
    public void load(ScenarioDocument next) {
        this.document = next;
        refresh();
    }

    /** Opens a file. @throws com.alvh.workbench.scenario.ScenarioException listing every problem */
    public void open(Path file) throws IOException {
        load(ScenarioDocument.open(file));
    }

    /** Saves to the current file. */
    public void save() throws IOException {
        document.save();
        refresh();
    }

    /** Saves to a new file. */
    public void saveAs(Path file) throws IOException {
        document.saveAs(file);
        refresh();
    }

    /** The document. */
    public ScenarioDocument document() {
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
     * Commits one field: parses its text, applies the edit if it is valid, shows the message if not.
     *
     * @return whether the scenario changed
     */
    public boolean commit(EditorField<ScenarioSpec> field) {
        ScenarioSpec next = field.parse(document.spec());
        if (next == null) {
            return false;
        }
        boolean changed = document.edit(next, field.label());
        refresh();
        return changed;
    }

    /** Applies a whole-spec edit (from a menu or button) with an undo label. */
    public boolean apply(UnaryOperator<ScenarioSpec> edit, String label) {
        boolean changed;
        try {
            changed = document.edit(edit.apply(document.spec()), label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
        }
        refresh();
        return changed;
    }

    private void refresh() {
        ScenarioSpec s = document.spec();
        spec.set(s);
        status.update(document);
        fields.forEach(f -> f.refresh(s));
        policyEditable.set(s.policy() instanceof PolicySpec.Custom);
        policySummary.set(describePolicy(s));
        modelChoice.set(choiceOf(s.model()));
        rebuildLayers(s);
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyObjectProperty<ScenarioSpec> specProperty() {
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

    /** Window title: name, a star when unsaved, the file name. */
    public ReadOnlyStringProperty titleProperty() {
        return status.titleProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return status.undoTextProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return status.redoTextProperty();
    }

    /** One line per policy: the one under study and the comparisons. */
    public ReadOnlyStringProperty policySummaryProperty() {
        return policySummary.getReadOnlyProperty();
    }

    /** Whether the policy's layers can be edited (a preset must be converted first). */
    public ReadOnlyBooleanProperty policyEditableProperty() {
        return policyEditable.getReadOnlyProperty();
    }

    /** The fields of the market, model, simulation, condor and capital sections, in display order. */
    public List<EditorField<ScenarioSpec>> fields() {
        return List.copyOf(fields);
    }

    /** The field with a label (for tests and keyboard navigation). */
    public EditorField<ScenarioSpec> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field '" + label + "'"));
    }

    /** The scenario as the tabs that run it see it: the spec being edited, what changed, why it cannot run. */
    public ScenarioSource<ScenarioSpec> source() {
        return new ScenarioSource<>(specProperty(), this::changes, problems.textProperty());
    }

    /** Empty while every field is valid; else which field holds refused text (Run stays disabled). */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.textProperty();
    }

    private List<EditorField<ScenarioSpec>> allFields() {
        List<EditorField<ScenarioSpec>> all = new ArrayList<>(fields);
        layers.forEach(lm -> all.addAll(lm.fields()));
        return all;
    }

    /**
     * What changed from {@code before} to {@code after}, one "label old -&gt; new" line per value, in the
     * editor's words (e.g. "VIX 16 -&gt; 22", "Layer 2 strike delta 0.3 -&gt; delta 0.25").
     */
    public List<String> changes(ScenarioSpec before, ScenarioSpec after) {
        List<String> out = new ArrayList<>();
        if (before.equals(after)) {
            return out;
        }
        if (!before.model().equals(after.model()) && !choiceOf(before.model()).equals(choiceOf(after.model()))) {
            out.add("model " + choiceOf(before.model()) + " \u2192 " + choiceOf(after.model()));
        }
        for (EditorField<ScenarioSpec> f : fields) {
            change(out, f.label(), f.valueIn(before), f.valueIn(after));
        }
        if (!before.policy().equals(after.policy())) {
            AlvhPolicy a = before.policy().resolve(before.capital());
            AlvhPolicy b = after.policy().resolve(after.capital());
            if (before.policy() instanceof PolicySpec.Custom && after.policy() instanceof PolicySpec.Custom
                    && a.layers().size() == b.layers().size()) {
                for (int i = 0; i < a.layers().size(); i++) {
                    for (EditorField<ScenarioSpec> f : layerModel(i, a.layers().get(i)).fields()) {
                        change(out, "Layer " + (i + 1) + " " + f.label(), f.valueIn(before), f.valueIn(after), f);
                    }
                }
                if (!a.reserve().equals(b.reserve())) {
                    out.add("reserve");
                }
            } else if (!a.equals(b)) {
                out.add("hedge policy " + policyName(a) + " \u2192 " + policyName(b));
            }
        }
        if (!before.compare().equals(after.compare())) {
            out.add("comparison policies");
        }
        if (out.isEmpty()) {
            out.add("scenario settings edited in the file (curve, skew)");
        }
        return out;
    }

    private static void change(List<String> out, String label, String before, String after) {
        change(out, label, before, after, null);
    }

    private static void change(List<String> out, String label, String before, String after, EditorField<?> field) {
        if (!java.util.Objects.equals(before, after)) {
            out.add(label + " " + shown(before, field) + " \u2192 " + shown(after, field));
        }
    }

    private static String shown(String value, EditorField<?> field) {
        if (value == null || value.isEmpty()) {
            return "(none)";
        }
        return field == null ? value : field.title(value);
    }

    private static String policyName(AlvhPolicy p) {
        return p.name() + " (" + p.layers().size() + (p.layers().size() == 1 ? " layer)" : " layers)");
    }

    /** The hedge layers of an editable policy (rebuilt when layers are added, removed or undone). */
    public ObservableList<LayerModel> layers() {
        return layersView;
    }

    // ---------------------------------------------------------------- model choice

    /** The models offered in the model menu. */
    public List<String> modelChoices() {
        return List.copyOf(modelChoices.keySet());
    }

    /** The current model's entry in {@link #modelChoices()}, or its description if it is a custom one. */
    public ReadOnlyStringProperty modelChoiceProperty() {
        return modelChoice.getReadOnlyProperty();
    }

    /** Switches the model; a replay also sets one path and the episode's trading days. */
    public void chooseModel(String choice) {
        Function<ScenarioSpec, ModelSpec> f = modelChoices.get(choice);
        if (f == null || choice.equals(modelChoice.get())) {
            return;
        }
        apply(s -> {
            ModelSpec m = f.apply(s);
            ScenarioSpec next = s.withModel(m);
            if (m instanceof ModelSpec.Replay r) {
                int steps = resolver.replaySteps(r.from(), r.to());
                next = next.withSimulation(new SimulationSpec(1, steps, s.simulation().seed(), 1));
            } else if (s.model() instanceof ModelSpec.Replay) {
                next = next.withSimulation(new SimulationSpec(20_000, 63, s.simulation().seed(), 0));
            }
            return next;
        }, "model");
    }

    private void defineModels() {
        modelChoices.put("Heston", s -> s.model() instanceof ModelSpec.Heston ? s.model()
                : new ModelSpec.Heston(hestonOf(s.model())));
        modelChoices.put("Bates (Heston + jumps)", s -> s.model() instanceof ModelSpec.Bates ? s.model()
                : new ModelSpec.Bates(hestonOf(s.model()), 0.5, -0.06, 0.08, 0.0));
        modelChoices.put("Heston fitted to VIX 2010-2019", s -> new ModelSpec.CalibratedHeston(
                LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31), -0.7));
        modelChoices.put("Block bootstrap 2004-2024", s -> new ModelSpec.Bootstrap(LocalDate.of(2004, 1, 1),
                LocalDate.of(2024, 12, 31), 10, 250));
        modelChoices.put("GBM (constant vol)", s -> new ModelSpec.Gbm(s.market().vix() / 100.0));
        for (HistoricalEpisode e : HistoricalEpisode.values()) {
            modelChoices.put("Replay: " + e.label(), s -> ModelSpec.Replay.of(e));
        }
    }

    private String choiceOf(ModelSpec m) {
        if (m instanceof ModelSpec.Heston) {
            return "Heston";
        }
        if (m instanceof ModelSpec.Bates) {
            return "Bates (Heston + jumps)";
        }
        if (m instanceof ModelSpec.Replay r && r.episode() != null) {
            return "Replay: " + r.episode().label();
        }
        if (m instanceof ModelSpec.Gbm) {
            return "GBM (constant vol)";
        }
        for (var e : modelChoices.entrySet()) {
            if (e.getValue().apply(document.spec()).equals(m)) {
                return e.getKey();
            }
        }
        return m.describe();
    }

    private static HestonModel hestonOf(ModelSpec m) {
        if (m instanceof ModelSpec.Heston h) {
            return h.heston();
        }
        if (m instanceof ModelSpec.Bates b) {
            return b.heston();
        }
        return ScenarioSamples.HESTON;
    }

    // ---------------------------------------------------------------- layers

    /** Turns a preset into its layers written out, so they can be edited. */
    public void convertPresetToLayers() {
        ScenarioSpec s = document.spec();
        if (s.policy() instanceof PolicySpec.Preset) {
            apply(x -> x.withPolicy(new PolicySpec.Custom(x.policy().resolve(x.capital()))), "convert preset");
        }
    }

    /** Adds a layer (30-delta one-month VIX calls at VIX &gt; 25, 2 % of max loss). */
    public void addLayer() {
        editPolicy(p -> {
            List<HedgeLayer> ls = new ArrayList<>(p.layers());
            String name = uniqueName(p, "New layer");
            ls.add(new HedgeLayer(name, HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.30), 0, 30,
                    new SizeRule.FractionOfMaxLoss(0.02), new Trigger.VixAbove(25), new ExitRule(35, 0.5, Double.NaN, 5),
                    false, 5));
            return new AlvhPolicy(p.name(), ls, p.reserve());
        }, "add layer");
    }

    /** Removes layer {@code i}. */
    public void removeLayer(int i) {
        editPolicy(p -> {
            List<HedgeLayer> ls = new ArrayList<>(p.layers());
            ls.remove(i);
            return new AlvhPolicy(p.name(), ls, p.reserve());
        }, "remove layer");
    }

    /** Copies layer {@code i} below itself. */
    public void duplicateLayer(int i) {
        editPolicy(p -> {
            List<HedgeLayer> ls = new ArrayList<>(p.layers());
            HedgeLayer l = ls.get(i);
            ls.add(i + 1, new HedgeLayer(uniqueName(p, l.name() + " copy"), l.instrument(), l.strike(), l.spreadWidth(),
                    l.tenorDays(), l.size(), l.entry(), l.exit(), l.rollWhileTriggered(), l.cooldownDays()));
            return new AlvhPolicy(p.name(), ls, p.reserve());
        }, "duplicate layer");
    }

    /** Moves layer {@code i} by {@code delta} places (-1 up, +1 down). */
    public void moveLayer(int i, int delta) {
        editPolicy(p -> {
            List<HedgeLayer> ls = new ArrayList<>(p.layers());
            int j = i + delta;
            if (j < 0 || j >= ls.size()) {
                return p;
            }
            ls.add(j, ls.remove(i));
            return new AlvhPolicy(p.name(), ls, p.reserve());
        }, "move layer");
    }

    private void editPolicy(UnaryOperator<AlvhPolicy> edit, String label) {
        apply(s -> {
            if (!(s.policy() instanceof PolicySpec.Custom c)) {
                throw new IllegalArgumentException("the policy is a preset; convert it to layers first");
            }
            return s.withPolicy(new PolicySpec.Custom(edit.apply(c.policy())));
        }, label);
    }

    private static String uniqueName(AlvhPolicy p, String base) {
        String name = base;
        int k = 2;
        while (true) {
            String candidate = name;
            if (p.layers().stream().noneMatch(l -> l.name().equals(candidate))) {
                return name;
            }
            name = base + " " + k++;
        }
    }

    private void rebuildLayers(ScenarioSpec s) {
        List<LayerModel> next = new ArrayList<>();
        if (s.policy() instanceof PolicySpec.Custom c) {
            for (int i = 0; i < c.policy().layers().size(); i++) {
                next.add(layerModel(i, c.policy().layers().get(i)));
            }
        }
        boolean same = next.size() == layers.size();
        for (int i = 0; same && i < next.size(); i++) {
            same = next.get(i).title().equals(layers.get(i).title());
        }
        if (same) {
            // Keep the field objects the view is bound to; only their text changes.
            for (LayerModel lm : layers) {
                lm.fields().forEach(f -> f.refresh(s));
            }
        } else {
            next.forEach(lm -> lm.fields().forEach(f -> f.refresh(s)));
            next.forEach(lm -> lm.fields().forEach(problems::watch));
            layers.setAll(next);
            problems.update();
        }
    }

    private LayerModel layerModel(int i, HedgeLayer layer) {
        String sec = "Layer " + (i + 1);
        List<EditorField<ScenarioSpec>> fs = List.of(
                layerField(i, sec, "name", "A label for charts and tables; unique within the policy.",
                        HedgeLayer::name, (l, t) -> with(l, t.strip(), l.instrument(), l.strike(), l.spreadWidth(),
                                l.tenorDays(), l.size(), l.entry(), l.exit(), l.rollWhileTriggered(), l.cooldownDays())),
                layerField(i, sec, "instrument", "What the layer buys: VIX_CALL, VIX_CALL_SPREAD, VIX_FUTURE or SPX_PUT. "
                                + "VIX options are priced off the VIX future of their expiry, never off spot VIX.",
                        l -> l.instrument().name(), (l, t) -> with(l, l.name(), instrument(t), l.strike(),
                                l.spreadWidth(), l.tenorDays(), l.size(), l.entry(), l.exit(), l.rollWhileTriggered(),
                                l.cooldownDays())).withChoices(INSTRUMENTS, false),
                layerField(i, sec, "strike", "Strike rule: 'delta 0.3' (the strike with that delta), '+10 %' (above "
                                + "the VIX future; '-10 %' below SPX spot for puts) or an absolute strike.",
                        l -> FieldText.strike(l.strike()), (l, t) -> with(l, l.name(), l.instrument(),
                                l.instrument() == HedgeInstrumentKind.VIX_FUTURE && t.isBlank() ? null : FieldText.parseStrike(t),
                                l.spreadWidth(), l.tenorDays(), l.size(), l.entry(), l.exit(), l.rollWhileTriggered(),
                                l.cooldownDays())),
                layerField(i, sec, "spread width", "Call spreads: short strike minus long strike (VIX points).",
                        l -> l.instrument() == HedgeInstrumentKind.VIX_CALL_SPREAD ? FieldText.number(l.spreadWidth()) : "",
                        (l, t) -> with(l, l.name(), l.instrument(), l.strike(),
                                t.isBlank() ? 0.0 : FieldText.parseNumber("spread width", t), l.tenorDays(), l.size(),
                                l.entry(), l.exit(), l.rollWhileTriggered(), l.cooldownDays())),
                layerField(i, sec, "tenor (days)", "Calendar days to expiry when the layer enters.",
                        l -> String.valueOf(l.tenorDays()), (l, t) -> with(l, l.name(), l.instrument(), l.strike(),
                                l.spreadWidth(), FieldText.parseInt("tenor", t), l.size(), l.entry(), l.exit(),
                                l.rollWhileTriggered(), l.cooldownDays())),
                layerField(i, sec, "size", "How much it buys: '3 % of max loss' (of the condor), '1 % of capital', "
                                + "'vega 0.5' (times the condor's short vega), '$ 5000' or '10 contracts'.",
                        l -> FieldText.size(l.size()), (l, t) -> with(l, l.name(), l.instrument(), l.strike(),
                                l.spreadWidth(), l.tenorDays(), FieldText.parseSize(t), l.entry(), l.exit(),
                                l.rollWhileTriggered(), l.cooldownDays())),
                layerField(i, sec, "entry trigger", "When the layer enters, e.g. 'VIX > 20 or VIX/VIX3M >= 0.95', "
                                + "'SPX drawdown >= 7 %', 'VIX RSI > 70', 'FOMC within 3 days', 'always'. Combine with "
                                + "and/or, parenthesise to mix them.",
                        l -> l.entry().describe(), (l, t) -> with(l, l.name(), l.instrument(), l.strike(),
                                l.spreadWidth(), l.tenorDays(), l.size(), TriggerText.parse(t), l.exit(),
                                l.rollWhileTriggered(), l.cooldownDays())),
                layerField(i, sec, "monetise at VIX", "Sell part of the layer the first time VIX closes above this "
                                + "(the recovery mechanism); blank for never.",
                        l -> FieldText.number(l.exit().monetiseVixAbove()), (l, t) -> withExit(l, new ExitRule(
                                FieldText.parseOptionalNumber("monetise at VIX", t), l.exit().monetiseFraction(),
                                l.exit().takeProfitMultiple(), l.exit().exitDaysToExpiry()))),
                layerField(i, sec, "monetise fraction", "Share of the layer sold on the monetise signal, e.g. 50 %.",
                        l -> FieldText.percent(l.exit().monetiseFraction()), (l, t) -> withExit(l, new ExitRule(
                                l.exit().monetiseVixAbove(), FieldText.parsePercent("monetise fraction", t),
                                l.exit().takeProfitMultiple(), l.exit().exitDaysToExpiry()))),
                layerField(i, sec, "take profit (x cost)", "Close the layer when its value reaches this multiple of "
                                + "its cost; blank for never.",
                        l -> FieldText.number(l.exit().takeProfitMultiple()), (l, t) -> withExit(l, new ExitRule(
                                l.exit().monetiseVixAbove(), l.exit().monetiseFraction(),
                                FieldText.parseOptionalNumber("take profit", t), l.exit().exitDaysToExpiry()))),
                layerField(i, sec, "exit (days left)", "Close (or roll) when this many calendar days are left.",
                        l -> String.valueOf(l.exit().exitDaysToExpiry()), (l, t) -> withExit(l, new ExitRule(
                                l.exit().monetiseVixAbove(), l.exit().monetiseFraction(), l.exit().takeProfitMultiple(),
                                FieldText.parseInt("exit days", t)))),
                layerField(i, sec, "roll", "yes: at the exit date, re-open at a fresh tenor while the trigger holds.",
                        l -> l.rollWhileTriggered() ? "yes" : "no", (l, t) -> with(l, l.name(), l.instrument(),
                                l.strike(), l.spreadWidth(), l.tenorDays(), l.size(), l.entry(), l.exit(), yesNo("roll", t),
                                l.cooldownDays())).withChoices(YES_NO, false),
                layerField(i, sec, "cooldown (days)", "Trading days after a close before the layer may enter again.",
                        l -> String.valueOf(l.cooldownDays()), (l, t) -> with(l, l.name(), l.instrument(), l.strike(),
                                l.spreadWidth(), l.tenorDays(), l.size(), l.entry(), l.exit(), l.rollWhileTriggered(),
                                FieldText.parseInt("cooldown", t))));
        return new LayerModel(i, "Layer " + (i + 1) + ": " + layer.name(), fs);
    }

    private EditorField<ScenarioSpec> layerField(int i, String section, String label, String help, Function<HedgeLayer, String> read,
                                   BiFunction<HedgeLayer, String, HedgeLayer> write) {
        return new EditorField<>(section, label, help, s -> {
            if (!(s.policy() instanceof PolicySpec.Custom c) || i >= c.policy().layers().size()) {
                return null;
            }
            return read.apply(c.policy().layers().get(i));
        }, (s, t) -> {
            AlvhPolicy p = ((PolicySpec.Custom) s.policy()).policy();
            List<HedgeLayer> ls = new ArrayList<>(p.layers());
            ls.set(i, write.apply(ls.get(i), t));
            return s.withPolicy(new PolicySpec.Custom(new AlvhPolicy(p.name(), ls, p.reserve())));
        });
    }

    private static HedgeLayer with(HedgeLayer l, String name, HedgeInstrumentKind instrument, StrikeRule strike,
                                   double width, int tenor, SizeRule size, Trigger entry, ExitRule exit, boolean roll,
                                   int cooldown) {
        return new HedgeLayer(name, instrument, strike, width, tenor, size, entry, exit, roll, cooldown);
    }

    private static HedgeLayer withExit(HedgeLayer l, ExitRule exit) {
        return with(l, l.name(), l.instrument(), l.strike(), l.spreadWidth(), l.tenorDays(), l.size(), l.entry(), exit,
                l.rollWhileTriggered(), l.cooldownDays());
    }

    private static HedgeInstrumentKind instrument(String t) {
        try {
            return HedgeInstrumentKind.valueOf(t.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("instrument must be one of " + List.of(HedgeInstrumentKind.values())
                    + ", was '" + t.strip() + "'");
        }
    }

    private static boolean yesNo(String field, String t) {
        String v = t.strip().toLowerCase(Locale.ROOT);
        if (v.equals("yes") || v.equals("true")) {
            return true;
        }
        if (v.equals("no") || v.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(field + " must be yes or no, was '" + t.strip() + "'");
    }

    private static String describePolicy(ScenarioSpec s) {
        StringBuilder sb = new StringBuilder();
        AlvhPolicy p = s.policy().resolve(s.capital());
        sb.append(s.policy() instanceof PolicySpec.Preset pr ? "Preset '" + pr.preset().id() + "': " : "")
                .append(p.name()).append(", ").append(p.layers().size()).append(p.layers().size() == 1 ? " layer" : " layers");
        Reserve r = p.reserve();
        if (r.active()) {
            sb.append(String.format(Locale.ROOT, ", reserve %,.0f USD at %s a year, deploys when %s", r.capital(),
                    FieldText.percent(r.costRate()), r.breach().describe()));
        }
        sb.append(". Compared with: unhedged");
        for (PolicySpec c : s.compare()) {
            String n = c.resolve(s.capital()).name();
            if (!n.equals("Unhedged")) {
                sb.append(", ").append(n);
            }
        }
        return sb.append('.').toString();
    }

    // ---------------------------------------------------------------- fields

    private void add(String section, String label, String help, Function<ScenarioSpec, String> read,
                     BiFunction<ScenarioSpec, String, ScenarioSpec> write) {
        EditorField<ScenarioSpec> f = new EditorField<>(section, label, help, read, write);
        problems.watch(f);
        fields.add(f);
    }

    private static ScenarioSpec market(ScenarioSpec s, UnaryOperator<double[]> edit) {
        MarketSpec m = s.market();
        double[] v = edit.apply(new double[] {m.spot(), m.vix(), m.vix3m(), m.rate(), m.dividendYield(), m.vixOptionVol()});
        return s.withMarket(new MarketSpec(v[0], v[1], v[2], v[3], v[4], v[5], m.vixCurve(), m.skew(),
                m.volatilityPremium(), m.equityPremium()));
    }

    private static ScenarioSpec heston(ScenarioSpec s, UnaryOperator<double[]> edit) {
        HestonModel h = hestonOf(s.model());
        double[] v = edit.apply(new double[] {h.v0(), h.kappa(), h.theta(), h.sigma(), h.rho()});
        HestonModel n = new HestonModel(v[0], v[1], v[2], v[3], v[4]);
        if (s.model() instanceof ModelSpec.Bates b) {
            return s.withModel(new ModelSpec.Bates(n, b.jumpIntensity(), b.jumpMean(), b.jumpVol(), b.varianceJumpMean()));
        }
        return s.withModel(new ModelSpec.Heston(n));
    }

    private static String hestonValue(ScenarioSpec s, Function<HestonModel, Double> f) {
        return s.model() instanceof ModelSpec.Heston || s.model() instanceof ModelSpec.Bates
                ? FieldText.number(f.apply(hestonOf(s.model()))) : null;
    }

    private static ScenarioSpec condor(ScenarioSpec s, UnaryOperator<CondorSpec> edit) {
        if (s.condor() == null) {
            throw new IllegalArgumentException("this scenario's position is stated leg by leg; edit its legs in the file");
        }
        return s.withCondor(edit.apply(s.condor()));
    }

    /** A condor field's text, or null (does not apply) when the position is not a condor made by a rule. */
    private static String condorValue(ScenarioSpec s, Function<CondorSpec, String> f) {
        return s.condor() == null ? null : f.apply(s.condor());
    }

    private static CondorSpec management(CondorSpec c, double tp, double sl, int close) {
        CondorManagement m = c.management();
        return new CondorSpec(c.rule(), c.daysToExpiry(), c.contracts(), new CondorManagement(tp, sl, close, m.repeat()));
    }

    private void defineFields() {
        add("Scenario", "name", "A label for the workbench and reports.", ScenarioSpec::name,
                (s, t) -> s.withName(t.strip()));
        add("Market", "SPX spot", "S&P 500 index level at the start (index points).",
                s -> FieldText.number(s.market().spot()),
                (s, t) -> market(s, v -> { v[0] = FieldText.parseNumber("SPX spot", t); return v; }));
        add("Market", "VIX", "Cboe VIX at the start (index points): the market's 30-day implied volatility of SPX.",
                s -> FieldText.number(s.market().vix()),
                (s, t) -> market(s, v -> { v[1] = FieldText.parseNumber("VIX", t); return v; }));
        add("Market", "VIX3M", "Cboe 3-month volatility index (index points). VIX/VIX3M above 1 is backwardation: stress.",
                s -> FieldText.number(s.market().vix3m()),
                (s, t) -> market(s, v -> { v[2] = FieldText.parseNumber("VIX3M", t); return v; }));
        add("Market", "rate", "Risk-free rate, continuously compounded per year (e.g. 4 %).",
                s -> FieldText.percent(s.market().rate()),
                (s, t) -> market(s, v -> { v[3] = FieldText.parsePercent("rate", t); return v; }));
        add("Market", "dividend yield", "SPX dividend yield, continuously compounded per year.",
                s -> FieldText.percent(s.market().dividendYield()),
                (s, t) -> market(s, v -> { v[4] = FieldText.parsePercent("dividend yield", t); return v; }));
        add("Market", "VIX option vol", "Black-76 volatility of VIX options (e.g. 90 %, near the mean VVIX) on replays, "
                + "the bootstrap and GBM paths. On Heston and Bates paths VIX options are quoted off the model's own VIX "
                + "(per expiry, with the vol premium), so this field does not apply there.",
                s -> s.model() instanceof ModelSpec.Heston || s.model() instanceof ModelSpec.Bates
                        || s.model() instanceof ModelSpec.CalibratedHeston ? null
                        : FieldText.percent(s.market().vixOptionVol()),
                (s, t) -> market(s, v -> { v[5] = FieldText.parsePercent("VIX option vol", t); return v; }));
        add("Market", "vol premium", "Model paths: how far quoted VIX (and so option prices) sits above the model's "
                        + "realised volatility. 16 % is the 1990-2026 average; 0 gives risk-neutral quotes.",
                s -> FieldText.percent(s.market().volatilityPremium()),
                (s, t) -> s.withMarket(s.market().withPremia(FieldText.parsePercent("vol premium", t),
                        s.market().equityPremium())));
        add("Market", "equity premium", "Model paths: SPX drift above the risk-free rate minus dividends, per year.",
                s -> FieldText.percent(s.market().equityPremium()),
                (s, t) -> s.withMarket(s.market().withPremia(s.market().volatilityPremium(),
                        FieldText.parsePercent("equity premium", t))));
        add("Model", "v0", "Heston: instantaneous variance now (0.0225 = 15 % vol).",
                s -> hestonValue(s, HestonModel::v0),
                (s, t) -> heston(s, v -> { v[0] = FieldText.parseNumber("v0", t); return v; }));
        add("Model", "kappa", "Heston: speed of mean reversion of the variance (per year).",
                s -> hestonValue(s, HestonModel::kappa),
                (s, t) -> heston(s, v -> { v[1] = FieldText.parseNumber("kappa", t); return v; }));
        add("Model", "theta", "Heston: long-run variance (0.04 = 20 % vol).",
                s -> hestonValue(s, HestonModel::theta),
                (s, t) -> heston(s, v -> { v[2] = FieldText.parseNumber("theta", t); return v; }));
        add("Model", "sigma", "Heston: volatility of variance (vol of vol).",
                s -> hestonValue(s, HestonModel::sigma),
                (s, t) -> heston(s, v -> { v[3] = FieldText.parseNumber("sigma", t); return v; }));
        add("Model", "rho", "Heston: correlation of SPX and variance shocks (negative: the leverage effect).",
                s -> hestonValue(s, HestonModel::rho),
                (s, t) -> heston(s, v -> { v[4] = FieldText.parseNumber("rho", t); return v; }));
        add("Simulation", "paths", "Monte Carlo paths; every policy runs on the same paths (common random numbers).",
                s -> FieldText.number(s.simulation().paths()),
                (s, t) -> s.withSimulation(s.simulation().withPaths(FieldText.parseInt("paths", t))));
        add("Simulation", "steps (days)", "Trading days simulated; the condor is reopened after each close.",
                s -> FieldText.number(s.simulation().steps()),
                (s, t) -> s.withSimulation(s.simulation().withSteps(FieldText.parseInt("steps", t))));
        add("Simulation", "seed", "Root random seed: the same seed gives the same result on any number of threads.",
                s -> String.valueOf(s.simulation().seed()),
                (s, t) -> s.withSimulation(s.simulation().withSeed(FieldText.parseLong("seed", t))));
        add("Condor", "short delta", "Iron condor: |delta| of the short put and call (Cboe CNDR: 0.20).",
                s -> condorValue(s, c -> c.rule() instanceof CondorRule.ByDelta d ? FieldText.number(d.shortDelta()) : null),
                (s, t) -> condor(s, c -> new CondorSpec(new CondorRule.ByDelta(FieldText.parseNumber("short delta", t),
                        ((CondorRule.ByDelta) c.rule()).longDelta()), c.daysToExpiry(), c.contracts(), c.management())));
        add("Condor", "wing delta", "Iron condor: |delta| of the long wings (Cboe CNDR: 0.05).",
                s -> condorValue(s, c -> c.rule() instanceof CondorRule.ByDelta d ? FieldText.number(d.longDelta()) : null),
                (s, t) -> condor(s, c -> new CondorSpec(new CondorRule.ByDelta(((CondorRule.ByDelta) c.rule()).shortDelta(),
                        FieldText.parseNumber("wing delta", t)), c.daysToExpiry(), c.contracts(), c.management())));
        add("Condor", "days to expiry", "Calendar days to expiry of each new condor.",
                s -> condorValue(s, c -> String.valueOf(c.daysToExpiry())),
                (s, t) -> condor(s, c -> new CondorSpec(c.rule(), FieldText.parseInt("days to expiry", t), c.contracts(),
                        c.management())));
        add("Condor", "contracts", "Condors per trade (SPX multiplier 100 USD per point).",
                s -> condorValue(s, c -> FieldText.number(c.contracts())),
                (s, t) -> condor(s, c -> new CondorSpec(c.rule(), c.daysToExpiry(), FieldText.parseNumber("contracts", t),
                        c.management())));
        add("Condor", "take profit", "Close when the P&L reaches this share of the credit (e.g. 50 %); blank for never.",
                s -> condorValue(s, c -> Double.isNaN(c.management().takeProfitFraction()) ? ""
                        : FieldText.percent(c.management().takeProfitFraction())),
                (s, t) -> condor(s, c -> management(c, t.isBlank() ? Double.NaN : FieldText.parsePercent("take profit", t),
                        c.management().stopLossMultiple(), c.management().closeAtDaysToExpiry())));
        add("Condor", "stop (x credit)", "Close when the loss reaches this multiple of the credit; blank for never.",
                s -> condorValue(s, c -> FieldText.number(c.management().stopLossMultiple())),
                (s, t) -> condor(s, c -> management(c, c.management().takeProfitFraction(),
                        FieldText.parseOptionalNumber("stop", t), c.management().closeAtDaysToExpiry())));
        add("Condor", "close at (days left)", "Close when this many calendar days are left (21 is common; 0 holds to expiry).",
                s -> condorValue(s, c -> String.valueOf(c.management().closeAtDaysToExpiry())),
                (s, t) -> condor(s, c -> management(c, c.management().takeProfitFraction(),
                        c.management().stopLossMultiple(), FieldText.parseInt("close at", t))));
        add("Account", "capital (USD)", "Account capital, including the reserve; drawdowns are fractions of it.",
                s -> FieldText.number(s.capital()),
                (s, t) -> s.withCapital(FieldText.parseNumber("capital", t)));
    }
}
