package com.alvh.workbench.ui.defi;

import com.alvh.workbench.ui.common.EditorField;
import com.alvh.workbench.ui.common.FieldText;

import com.alvh.workbench.defi.DefiParameter;
import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.scenario.DefiScenarioSpec;
import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The DeFi scenario editor without a toolkit: fields per question, validation, undo, files. */
class DefiEditorViewModelTest {

    private static final Path DATA = Path.of("sample-data");

    private static EditorField<DefiScenarioSpec> parameterField(DefiEditorViewModel vm, String key) {
        DefiParameter p = DefiSamples.parameters(vm.specProperty().get().sample()).stream()
                .filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        return vm.field(DefiEditorViewModel.label(p));
    }

    private static boolean set(DefiEditorViewModel vm, EditorField<DefiScenarioSpec> f, String text) {
        f.textProperty().set(text);
        return vm.commit(f);
    }

    @Test
    void eachQuestionHasAFieldPerParameterAndSwitchingIsUndoable() {
        DefiEditorViewModel vm = new DefiEditorViewModel(DATA);
        assertThat(vm.dirtyProperty().get()).isFalse();
        for (String key : DefiScenarioSpec.SAMPLES) {
            vm.chooseSample(key);
            assertThat(vm.specProperty().get().sample()).isEqualTo(key);
            assertThat(vm.specProperty().get().parameters()).isEmpty();
            assertThat(vm.fields()).filteredOn(f -> f.section().equals("Position and hedges"))
                    .extracting(EditorField::label)
                    .containsExactlyElementsOf(DefiSamples.parameters(key).stream().map(DefiEditorViewModel::label).toList());
            for (DefiParameter p : DefiSamples.parameters(key)) {
                assertThat(parameterField(vm, p.key()).textProperty().get()).isEqualTo(FieldText.number(p.defaultValue()));
                assertThat(parameterField(vm, p.key()).help()).contains(p.help());
            }
        }
        String first = DefiScenarioSpec.SAMPLES.get(0);
        String last = DefiScenarioSpec.SAMPLES.get(DefiScenarioSpec.SAMPLES.size() - 1);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo question");
        vm.undo();
        assertThat(vm.specProperty().get().sample()).isNotEqualTo(last);
        while (vm.canUndoProperty().get()) {
            vm.undo();
        }
        assertThat(vm.specProperty().get().sample()).isEqualTo(first);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    /** The view listens to the field list once; that listener must outlive garbage collection. */
    @Test
    void aListenerOnTheFieldsHearsEverySwitchOfQuestion() {
        DefiEditorViewModel vm = new DefiEditorViewModel(DATA);
        int[] changes = {0};
        vm.fields().addListener((javafx.collections.ListChangeListener<EditorField<DefiScenarioSpec>>) c -> changes[0]++);
        System.gc();
        vm.chooseSample(DefiScenarioSpec.SAMPLES.get(1));
        System.gc();
        vm.chooseSample(DefiScenarioSpec.SAMPLES.get(2));
        assertThat(changes[0]).isEqualTo(2);
        assertThat(vm.field("name").textProperty().get()).isEqualTo(vm.specProperty().get().name());
    }

    @Test
    void aParameterEditIsKeptOnlyWhenTheSampleAcceptsIt() {
        DefiEditorViewModel vm = new DefiEditorViewModel(DATA);
        vm.chooseSample("lp-layered-vs-diversified");
        DefiScenarioSpec start = vm.specProperty().get();
        EditorField<DefiScenarioSpec> capital = parameterField(vm, "capital");
        assertThat(set(vm, capital, "2,500,000")).isTrue();
        assertThat(vm.specProperty().get().parameters()).containsEntry("capital", 2.5e6);
        assertThat(vm.parameter("capital")).isEqualTo(2.5e6);
        assertThat(vm.titleProperty().get()).startsWith("* ");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo " + capital.label());

        // Out of range: the message names the field and the value; nothing changes.
        DefiParameter range = DefiSamples.parameters("lp-layered-vs-diversified").stream()
                .filter(p -> p.key().equals("rangeLower")).findFirst().orElseThrow();
        EditorField<DefiScenarioSpec> lower = parameterField(vm, "rangeLower");
        DefiScenarioSpec before = vm.specProperty().get();
        assertThat(set(vm, lower, FieldText.number(range.max() + 1))).isFalse();
        assertThat(lower.errorProperty().get()).startsWith(lower.label()).contains(FieldText.number(range.max() + 1));
        assertThat(vm.specProperty().get()).isEqualTo(before);
        assertThat(set(vm, lower, "abc")).isFalse();
        assertThat(lower.errorProperty().get()).contains("'abc' is not a number");

        // A cross-check of a sample: a k-of-n multisig needs k <= n; the message names the key to change.
        vm.chooseSample("insurance-pool");
        DefiScenarioSpec pool = vm.specProperty().get();
        EditorField<DefiScenarioSpec> threshold = parameterField(vm, "threshold");
        assertThat(set(vm, threshold, FieldText.number(vm.parameter("signers") + 1))).isFalse();
        assertThat(threshold.errorProperty().get()).startsWith("threshold");
        assertThat(vm.specProperty().get()).isEqualTo(pool);
        assertThat(set(vm, threshold, FieldText.number(vm.parameter("signers")))).isTrue();
        vm.undo();
        vm.undo();
        assertThat(vm.specProperty().get()).isEqualTo(before);

        // Typing the sample's own value back removes it from the file.
        assertThat(set(vm, capital, FieldText.number(DefiSamples.parameters("lp-layered-vs-diversified").get(0).defaultValue())))
                .isTrue();
        assertThat(vm.specProperty().get().parameters()).doesNotContainKey("capital");

        assertThat(set(vm, capital, "3000000")).isTrue();
        assertThat(vm.resetParameters()).isTrue();
        assertThat(vm.specProperty().get().parameters()).isEmpty();
        vm.undo();
        assertThat(vm.parameter("capital")).isEqualTo(3e6);
        assertThat(start.parameters()).isEmpty();
    }

    @Test
    void theEthWindowReplaysHistoryOnOnePathAndClearingItGoesBackToModelPaths() {
        DefiEditorViewModel vm = new DefiEditorViewModel(DATA);
        assertThat(vm.field("ETH window").applicableProperty().get()).as("only the LP question replays").isFalse();
        vm.chooseSample(DefiScenarioSpec.REPLAYABLE_SAMPLE);
        EditorField<DefiScenarioSpec> window = vm.field("ETH window");
        assertThat(window.applicableProperty().get()).isTrue();
        assertThat(set(vm, window, "2022-01-01 .. 2022-12-31")).isTrue();
        DefiScenarioSpec s = vm.specProperty().get();
        assertThat(s.replay()).isEqualTo(new DefiScenarioSpec.Replay(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
        assertThat(s.simulation().paths()).isEqualTo(1);
        assertThat(s.simulation().steps()).isEqualTo(vm.resolve().settings().steps()).isBetween(360, 365);

        assertThat(set(vm, window, "2022-13-01 .. 2022-12-31")).isFalse();
        assertThat(window.errorProperty().get()).contains("'2022-13-01' is not a date");
        assertThat(set(vm, window, "1900-01-01 .. 1900-02-01")).isFalse();
        assertThat(window.errorProperty().get()).startsWith("ETH window:");
        assertThat(set(vm, window, "sometime")).isFalse();
        assertThat(window.errorProperty().get()).contains("2022-01-01 .. 2022-12-31");
        assertThat(vm.specProperty().get()).isEqualTo(s);

        EditorField<DefiScenarioSpec> paths = vm.field("paths");
        assertThat(set(vm, paths, "500")).as("a replay is one path").isFalse();
        assertThat(paths.errorProperty().get()).contains("paths to 1");

        assertThat(set(vm, window, "")).isTrue();
        assertThat(vm.specProperty().get().replay()).isNull();
        assertThat(vm.specProperty().get().simulation().paths()).isEqualTo(DefiEditorViewModel.INTERACTIVE_PATHS);
    }

    @Test
    void theStableLpReplaysANamedDepegOrACoinAndWindow() {
        DefiEditorViewModel vm = new DefiEditorViewModel(DATA);
        assertThat(vm.field("depeg replay").applicableProperty().get()).isFalse();
        vm.chooseSample(DefiScenarioSpec.DEPEG_REPLAYABLE_SAMPLE);
        EditorField<DefiScenarioSpec> depeg = vm.field("depeg replay");
        assertThat(depeg.applicableProperty().get()).isTrue();
        assertThat(vm.field("ETH window").applicableProperty().get()).isFalse();

        assertThat(set(vm, depeg, "ust-2022")).isTrue();
        DefiScenarioSpec s = vm.specProperty().get();
        assertThat(s.replay()).isEqualTo(new DefiScenarioSpec.Replay(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 30),
                "terrausd"));
        assertThat(depeg.textProperty().get()).isEqualTo("ust-2022");
        assertThat(s.simulation().paths()).isEqualTo(1);
        // The editor's file is the shipped sample file of that episode (same replay, steps and seed).
        DefiScenarioSpec shipped = (DefiScenarioSpec) ScenarioSamples.all(new com.alvh.workbench.scenario.ScenarioResolver(DATA))
                .get("defi-stable-lp-ust-2022");
        assertThat(s.replay()).isEqualTo(shipped.replay());
        assertThat(s.simulation()).isEqualTo(shipped.simulation());
        assertThat(vm.resolve().settings().steps()).isEqualTo(s.simulation().steps());

        assertThat(set(vm, depeg, "dai 2023-03-01 .. 2023-03-31")).isTrue();
        assertThat(vm.specProperty().get().replay().coin()).isEqualTo("dai");
        assertThat(depeg.textProperty().get()).isEqualTo("dai 2023-03-01 .. 2023-03-31");

        DefiScenarioSpec before = vm.specProperty().get();
        assertThat(set(vm, depeg, "luna-2022")).isFalse();
        assertThat(depeg.errorProperty().get()).contains("ust-2022").contains("usdc-2023");
        assertThat(set(vm, depeg, "nocoin 2023-03-01 .. 2023-03-31")).isFalse();
        assertThat(depeg.errorProperty().get()).startsWith("depeg replay:").contains("nocoin");
        assertThat(set(vm, depeg, "dai 2023-03-31 .. 2023-03-01")).isFalse();
        assertThat(depeg.errorProperty().get()).contains("must come after");
        assertThat(vm.specProperty().get()).isEqualTo(before);

        // Parameters still apply in a replay (all of the stable LP's).
        EditorField<DefiScenarioSpec> capital = parameterField(vm, "capital");
        assertThat(capital.applicableProperty().get()).isTrue();
        assertThat(set(vm, capital, "2000000")).isTrue();
        assertThat(vm.resolve().runs()).hasSize(2);

        assertThat(set(vm, depeg, "")).isTrue();
        assertThat(vm.specProperty().get().replay()).isNull();
        assertThat(vm.specProperty().get().simulation().paths()).isEqualTo(DefiEditorViewModel.INTERACTIVE_PATHS);
    }

    @Test
    void savedFilesReopenEqualAndAreWhatTheCommandLineReads(@TempDir Path dir) throws Exception {
        DefiEditorViewModel vm = new DefiEditorViewModel(DATA);
        vm.chooseSample("insurance-pool");
        DefiParameter first = DefiSamples.parameters("insurance-pool").get(0);
        EditorField<DefiScenarioSpec> f = parameterField(vm, first.key());
        double edited = first.integer() ? first.defaultValue() + 1 : (first.defaultValue() + first.max()) / 2;
        assertThat(set(vm, f, FieldText.number(edited))).isTrue();
        Path file = dir.resolve("pool.json");
        vm.saveAs(file);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).endsWith("pool.json");
        assertThat(ScenarioJson.loadFile(file)).isEqualTo(vm.specProperty().get());

        DefiEditorViewModel other = new DefiEditorViewModel(DATA);
        other.open(file);
        assertThat(other.specProperty().get()).isEqualTo(vm.specProperty().get());
        assertThat(other.parameter(first.key())).isEqualTo(edited);
    }

    @Test
    void anEquityOrBrokenFileIsRefusedAndNothingChanges(@TempDir Path dir) throws Exception {
        DefiEditorViewModel vm = new DefiEditorViewModel(DATA);
        DefiScenarioSpec before = vm.specProperty().get();
        Path equity = dir.resolve("equity.json");
        ScenarioJson.save(ScenarioSamples.baseCondorAlvh(), equity);
        ScenarioException e = catchThrowableOfType(() -> vm.open(equity), ScenarioException.class);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("$.kind"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"kind\": \"defi\", \"name\": \"x\", \"defi\": {\"sample\": \"nope\"},"
                + " \"simulation\": {\"paths\": 10, \"steps\": 10, \"seed\": 1}}");
        e = catchThrowableOfType(() -> vm.open(broken), ScenarioException.class);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).startsWith("$.defi"));
        assertThat(vm.specProperty().get()).isEqualTo(before);
        assertThat(vm.document().file()).isEmpty();
    }
}
