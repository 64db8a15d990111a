package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently opened or saved scenario files, newest first, kept in a small text file (one
 * absolute path per line) in the workbench's settings folder.
 */
public final class RecentFiles {

    /** How many files the menu lists. */
    public static final int LIMIT = 8;

    private final Path store;

    /** @param store the text file that keeps the list (created on first write) */
    public RecentFiles(Path store) {
        this.store = store;
    }

    /** The list, newest first; files that no longer exist are left out. Unreadable store: empty. */
    public List<Path> list() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).filter(Files::isRegularFile).distinct().limit(LIMIT).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts {@code file} first. */
    public void add(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(abs);
        for (Path p : list()) {
            if (!p.toAbsolutePath().normalize().equals(abs) && next.size() < LIMIT) {
                next.add(p);
            }
        }
        StringBuilder sb = new StringBuilder();
        next.forEach(p -> sb.append(p).append('\n'));
        ScenarioJson.writeAtomically(store, sb.toString());
    }
}
