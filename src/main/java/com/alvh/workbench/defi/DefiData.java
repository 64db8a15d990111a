package com.alvh.workbench.defi;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the DeFi files of {@code sample-data/} (see sample-data/SOURCES.md): comma-separated with a
 * header row; cells may be double-quoted (the exploit list quotes loss texts that hold commas).
 */
final class DefiData {

    private DefiData() {
    }

    /** Header and rows of a CSV file, cells unquoted. */
    record Table(String source, List<String> header, List<String[]> rows) {
        int column(String name) {
            int i = header.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException(source + ": no column '" + name + "' (columns: " + header + ")");
            }
            return i;
        }
    }

    static Table read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String head = r.readLine();
            if (head == null) {
                throw new IOException(file + " is empty");
            }
            List<String> header = List.of(split(head));
            List<String[]> rows = new ArrayList<>();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = split(line);
                if (cells.length != header.size()) {
                    throw new IOException(file.getFileName() + " line " + n + ": expected " + header.size()
                            + " cells, found " + cells.length);
                }
                rows.add(cells);
            }
            return new Table(file.getFileName().toString(), header, rows);
        }
    }

    static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out.toArray(new String[0]);
    }

    static double number(String cell) {
        return cell == null || cell.isBlank() ? Double.NaN : Double.parseDouble(cell.strip());
    }
}
