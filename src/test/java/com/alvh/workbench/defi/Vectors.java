package com.alvh.workbench.defi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference-vector CSVs under src/test/resources/defi (written by the scripts in tools/). */
final class Vectors {

    private Vectors() {
    }

    /** One CSV row by column name. */
    record Row(Map<String, String> cells) {
        String s(String col) {
            String v = cells.get(col);
            if (v == null) {
                throw new IllegalArgumentException("no column " + col);
            }
            return v;
        }

        BigInteger big(String col) {
            return new BigInteger(s(col));
        }

        int i(String col) {
            return Integer.parseInt(s(col));
        }

        boolean has(String col) {
            return !s(col).isEmpty();
        }

        BigInteger[] bigs(String col) {
            String[] parts = s(col).split(";");
            BigInteger[] out = new BigInteger[parts.length];
            for (int k = 0; k < parts.length; k++) {
                out[k] = new BigInteger(parts[k]);
            }
            return out;
        }
    }

    static List<Row> read(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/defi/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /defi/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = r.readLine().split(",");
            List<Row> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Map<String, String> m = new HashMap<>();
                for (int k = 0; k < header.length; k++) {
                    m.put(header[k], cells[k]);
                }
                rows.add(new Row(m));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
