package com.alvh.workbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's bad inputs, as a new user and as an attacker would type them, through the command line
 * in-process: each row of {@code bad-inputs.tsv} gives the input, the arguments, the exit code and a
 * fragment of stderr that names the field, option, file or byte. None may print a stack trace, hang,
 * or write anything to stdout when it fails.
 */
class BadInputTableTest {

    private static final String TABLE = "/com/alvh/workbench/cli/bad-inputs.tsv";
    private static final Path BASE = Path.of("sample-data/scenarios/base-condor-alvh.json");
    private static final Path DEFI = Path.of("sample-data/scenarios/defi-tail-risk.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;

    record Row(String id, int exit, String fragment, String input, String args) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = BadInputTableTest.class.getResourceAsStream(TABLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(5);
                rows.add(new Row(c[0], Integer.parseInt(c[1]), c[2], c[3], c[4]));
            }
        }
        return rows;
    }

    static Stream<Arguments> cases() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    @Test
    void theTableHoldsAtLeastSixtyDistinctBadInputs() throws IOException {
        List<Row> rows = rows();
        assertThat(rows.stream().filter(r -> r.exit() != 0)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows.stream().map(Row::id).distinct()).hasSameSizeAs(rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGetsItsExitCodeAndAClearMessage(Row row) throws Exception {
        Path dir = Files.createDirectory(root.resolve(row.id()));
        Files.writeString(Files.createDirectory(dir.resolve("mine")).resolve("notes.txt"), "not a report");
        Path input = prepare(row.input(), dir);
        List<String> args = new ArrayList<>();
        for (String a : row.args().split(" ")) {
            args.add(a.replace("{in}", String.valueOf(input)).replace("{dir}", dir.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AlvhCli.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String e = err.toString();
        assertThat(code).as("exit code; stderr: %s", e).isEqualTo(row.exit());
        assertThat(e).contains(row.fragment());
        assertThat(e).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        if (row.exit() != 0) {
            assertThat(out.toString()).as("nothing on stdout when refused").isEmpty();
        }
        // Refused before any work: no report folder was made.
        assertThat(dir.resolve("r")).doesNotExist();
    }

    private static Path prepare(String spec, Path dir) throws IOException, InterruptedException {
        if (spec.equals("none")) {
            return null;
        }
        Path f = dir.resolve("input.json");
        if (spec.startsWith("scenario:") || spec.startsWith("defi:")) {
            boolean defi = spec.startsWith("defi:");
            ObjectNode tree = (ObjectNode) JSON.readTree((defi ? DEFI : BASE).toFile());
            String edits = spec.substring(spec.indexOf(':') + 1);
            for (String edit : edits.isEmpty() ? new String[0] : edits.split(";")) {
                edit(tree, edit);
            }
            Files.writeString(f, JSON.writeValueAsString(tree));
        } else if (spec.startsWith("text:")) {
            Files.writeString(f, spec.substring("text:".length()));
        } else if (spec.startsWith("bytes:")) {
            Files.write(f, HexFormat.of().parseHex(spec.substring("bytes:".length())));
        } else if (spec.startsWith("path:")) {
            return Path.of(spec.substring("path:".length()));
        } else if (spec.equals("fifo")) {
            Process p = new ProcessBuilder("mkfifo", f.toString()).inheritIO().start();
            assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo").isTrue();
        } else if (spec.equals("folder")) {
            Files.createDirectory(f);
        } else if (spec.equals("big")) {
            Files.writeString(f, "{" + " ".repeat(5 * 1024 * 1024) + "}");
        } else {
            throw new IllegalArgumentException("unknown input " + spec);
        }
        return f;
    }

    /** {@code /a/b/0/c=JSON} sets a member or array element; {@code -/a/b} removes it. */
    private static void edit(ObjectNode tree, String edit) throws IOException {
        boolean remove = edit.startsWith("-");
        String pointer = remove ? edit.substring(1) : edit.substring(0, edit.indexOf('='));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
        assertThat(parent.isMissingNode()).as("parent of %s", pointer).isFalse();
        if (remove) {
            ((ObjectNode) parent).remove(last);
            return;
        }
        JsonNode value = JSON.readTree(edit.substring(edit.indexOf('=') + 1));
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    @BeforeAll
    static void theSamplesAreThere() {
        assertThat(BASE).isRegularFile();
        assertThat(DEFI).isRegularFile();
    }
}
