package com.alvh.workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's case end to end: a layer (and a policy) named as a spreadsheet formula is written to the
 * report's CSV files as text a spreadsheet shows and never runs (a leading apostrophe), numbers untouched.
 */
class CsvInjectionTest {

    @Test
    void aLayerNamedAsAFormulaIsWrittenAsText(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(Path.of("sample-data/scenarios/base-condor-alvh.json").toFile());
        String formula = "=HYPERLINK(\"http://attacker.example/x\",\"click\")";
        ((ObjectNode) tree.at("/policy/layers/0")).put("name", formula);
        ((ObjectNode) tree.at("/policy")).put("name", "+cmd|' /C calc'!A0");
        Path file = dir.resolve("formula.json");
        Files.writeString(file, json.writeValueAsString(tree));
        Path out = dir.resolve("report");
        StringWriter err = new StringWriter();
        int code = AlvhCli.execute(new String[] {"report", file.toString(), "--out", out.toString(), "--paths", "60",
                "--format", "csv", "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();

        String layers = Files.readString(out.resolve("layers.csv"));
        assertThat(layers).contains("\"'=HYPERLINK(\"\"http://attacker.example/x\"\",\"\"click\"\")\"")
                .doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
        assertThat(layers).contains("'+cmd|' /C calc'!A0,");
        for (String name : new String[] {"summary.csv", "layers.csv", "parameters.csv", "equity-fan.csv",
                "pnl-by-path.csv", "max-drawdown-by-path.csv"}) {
            for (String line : Files.readAllLines(out.resolve(name))) {
                for (String cell : line.split(",")) {
                    String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                    boolean risky = !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0;
                    assertThat(!risky || c.matches("[+-]?[0-9.]+([eE][+-]?[0-9]+)?|-?Infinity"))
                            .as("%s: cell %s", name, cell).isTrue();
                }
            }
        }
        // Negative numbers stay numbers.
        assertThat(Files.readString(out.resolve("pnl-by-path.csv"))).containsPattern(",-[0-9]+\\.[0-9]{2}");
    }
}
