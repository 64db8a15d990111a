package com.alvh.workbench.ui.scenario;

import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FieldText;

import com.alvh.workbench.scenario.ScenarioSpec;

import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.scenario.ModelSpec;
import com.alvh.workbench.scenario.PolicySpec;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's state and validation, without a JavaFX toolkit. */
class ScenarioEditorViewModelTest {

    private static final ScenarioResolver DATA = new ScenarioResolver(Path.of("sample-data"));

    private static EditorField<ScenarioSpec> layerField(ScenarioEditorViewModel vm, int layer, String label) {
        return vm.layers().get(layer).fields().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aValidEditChangesTheSpecAndCanBeUndone() {
        ScenarioEditorViewModel vm = ScenarioEditorViewModel.onSample(DATA);
        EditorField<ScenarioSpec> spot = vm.field("SPX spot");
        assertThat(spot.textProperty().get()).isEqualTo("5,000");
        spot.textProperty().set("5,250.5");
        assertThat(vm.commit(spot)).isTrue();
        assertThat(vm.specProperty().get().market().spot()).isEqualTo(5250.5);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo SPX spot");
        vm.undo();
        assertThat(vm.specProperty().get().market().spot()).isEqualTo(5000.0);
        assertThat(spot.textProperty().get()).isEqualTo("5,000");
        vm.redo();
        assertThat(spot.textProperty().get()).isEqualTo("5,250.5");
    }

    @Test
    void anInvalidEditIsRefusedWithAMessageNextToTheField() {
        ScenarioEditorViewModel vm = ScenarioEditorViewModel.onSample(DATA);
        var before = vm.specProperty().get();
        EditorField<ScenarioSpec> vix = vm.field("VIX");
        vix.textProperty().set("abc");
        assertThat(vm.commit(vix)).isFalse();
        assertThat(vix.errorProperty().get()).isEqualTo("VIX: 'abc' is not a number");
        vix.textProperty().set("-3");
        assertThat(vm.commit(vix)).isFalse();
        assertThat(vix.errorProperty().get()).contains("vix must be > 0, was -3.0");
        assertThat(vm.specProperty().get()).isEqualTo(before);
        assertThat(vm.canUndoProperty().get()).isFalse();
        EditorField<ScenarioSpec> close = vm.field("close at (days left)");
        close.textProperty().set("60");
        assertThat(vm.commit(close)).isFalse();
        assertThat(close.errorProperty().get()).contains("closeAtDaysToExpiry (60) must be below daysToExpiry (45)");
    }

    @Test
    void layerFieldsEditTheLayerInPlace() {
        ScenarioEditorViewModel vm = ScenarioEditorViewModel.onSample(DATA);
        assertThat(vm.layers()).hasSize(3);
        EditorField<ScenarioSpec> trigger = layerField(vm, 1, "entry trigger");
        assertThat(trigger.textProperty().get()).isEqualTo("(VIX > 20 or VIX/VIX3M >= 0.95)");
        trigger.textProperty().set("VIX > 22 and VIX RSI > 60");
        assertThat(vm.commit(trigger)).isTrue();
        var layer = ((PolicySpec.Custom) vm.specProperty().get().policy()).policy().layers().get(1);
        assertThat(layer.entry()).isInstanceOf(Trigger.AllOf.class);
        EditorField<ScenarioSpec> size = layerField(vm, 1, "size");
        size.textProperty().set("2.5 % of capital");
        assertThat(vm.commit(size)).isTrue();
        EditorField<ScenarioSpec> strike = layerField(vm, 1, "strike");
        strike.textProperty().set("+15 %");
        assertThat(vm.commit(strike)).isTrue();
        layer = ((PolicySpec.Custom) vm.specProperty().get().policy()).policy().layers().get(1);
        assertThat(layer.size()).isEqualTo(new SizeRule.FractionOfCapital(0.025));
        assertThat(layer.strike()).isEqualTo(new StrikeRule.PercentFromReference(0.15));
        trigger.textProperty().set("VIX >> 3");
        assertThat(vm.commit(trigger)).isFalse();
        assertThat(trigger.errorProperty().get()).contains("expected a number");
        EditorField<ScenarioSpec> tenor = layerField(vm, 1, "tenor (days)");
        tenor.textProperty().set("5");
        assertThat(vm.commit(tenor)).isFalse();
        assertThat(tenor.errorProperty().get()).contains("exit.exitDaysToExpiry (10) must be below tenorDays (5)");
    }

    @Test
    void layersCanBeAddedMovedDuplicatedAndRemovedWithUndo() {
        ScenarioEditorViewModel vm = ScenarioEditorViewModel.onSample(DATA);
        vm.addLayer();
        vm.duplicateLayer(0);
        assertThat(vm.layers()).extracting(LayerModel::title).containsExactly("Layer 1: Base call spread",
                "Layer 2: Base call spread copy", "Layer 3: Regime VIX calls", "Layer 4: Tail SPX puts",
                "Layer 5: New layer");
        vm.moveLayer(4, -4);
        assertThat(vm.layers().get(0).title()).isEqualTo("Layer 1: New layer");
        vm.removeLayer(0);
        vm.undo();
        vm.undo();
        vm.undo();
        vm.undo();
        assertThat(vm.layers()).hasSize(3);
        assertThat(vm.dirtyProperty().get()).as("every edit undone: back to the untouched sample").isFalse();
    }

    @Test
    void presetsConvertToEditableLayers() {
        ScenarioEditorViewModel vm = ScenarioEditorViewModel.onSample(DATA);
        vm.apply(s -> s.withPolicy(new PolicySpec.Preset(PolicySpec.PresetName.PROMOTER)), "policy");
        assertThat(vm.policyEditableProperty().get()).isFalse();
        assertThat(vm.layers()).isEmpty();
        assertThat(vm.policySummaryProperty().get()).startsWith("Preset 'promoter': Promoter, 2 layers");
        vm.convertPresetToLayers();
        assertThat(vm.policyEditableProperty().get()).isTrue();
        assertThat(vm.layers()).extracting(LayerModel::title).containsExactly("Layer 1: Late VIX calls",
                "Layer 2: Far SPX puts");
    }

    @Test
    void choosingAReplaySetsOnePathAndTheEpisodesDays() {
        ScenarioEditorViewModel vm = ScenarioEditorViewModel.onSample(DATA);
        assertThat(vm.modelChoiceProperty().get()).isEqualTo("Heston");
        vm.chooseModel("Replay: Mar 2020 COVID crash");
        var s = vm.specProperty().get();
        assertThat(s.model()).isInstanceOf(ModelSpec.Replay.class);
        assertThat(s.simulation().paths()).isEqualTo(1);
        assertThat(s.simulation().steps()).isEqualTo(23);
        assertThat(vm.field("kappa").applicableProperty().get()).as("Heston fields do not apply").isFalse();
        vm.undo();
        assertThat(vm.field("kappa").applicableProperty().get()).isTrue();
        assertThat(vm.modelChoices()).contains("Bates (Heston + jumps)", "Replay: 2008 financial crisis");
    }

    @Test
    void titleShowsUnsavedStateAndFile(@TempDir Path dir) throws IOException {
        ScenarioEditorViewModel vm = ScenarioEditorViewModel.onSample(DATA);
        assertThat(vm.titleProperty().get()).isEqualTo("Base SPX condor with ALVH layers (not saved)");
        vm.field("capital (USD)").textProperty().set("1500000");
        vm.commit(vm.field("capital (USD)"));
        assertThat(vm.titleProperty().get()).isEqualTo("* Base SPX condor with ALVH layers (not saved)");
        vm.saveAs(dir.resolve("mine.json"));
        assertThat(vm.titleProperty().get()).isEqualTo("Base SPX condor with ALVH layers - mine.json");
        vm.field("capital (USD)").textProperty().set("2000000");
        vm.commit(vm.field("capital (USD)"));
        assertThat(vm.titleProperty().get()).startsWith("* ");
        vm.save();
        ScenarioEditorViewModel reopened = ScenarioEditorViewModel.onSample(DATA);
        reopened.open(dir.resolve("mine.json"));
        assertThat(reopened.specProperty().get().capital()).isEqualTo(2_000_000.0);
        assertThat(reopened.dirtyProperty().get()).isFalse();
        assertThat(List.of(ScenarioSamples.baseCondorAlvh().name())).contains(reopened.specProperty().get().name());
    }

    @Test
    void fieldTextFormsRoundTrip() {
        for (String s : List.of("delta 0.3", "+10 %", "-10 %", "25")) {
            assertThat(FieldText.strike(FieldText.parseStrike(s))).isEqualTo(s);
        }
        for (String s : List.of("3 % of max loss", "1 % of capital", "vega 0.5", "$ 5,000", "1,000 contracts")) {
            assertThat(FieldText.size(FieldText.parseSize(s))).isEqualTo(s);
        }
        // Grouped for reading, read back with or without the commas; never "-0".
        assertThat(FieldText.number(50_000_000)).isEqualTo("50,000,000");
        assertThat(FieldText.parseNumber("x", "50,000,000")).isEqualTo(50_000_000.0);
        assertThat(FieldText.number(-0.0)).isEqualTo("0");
        assertThat(FieldText.number(0.0001234)).isEqualTo("0.0001234");
        assertThat(FieldText.size(FieldText.parseSize("$ 5000"))).isEqualTo("$ 5,000");
        assertThat(FieldText.parsePercent("x", "5.12 %")).isEqualTo(0.0512);
    }
}
