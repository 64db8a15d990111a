package com.alvh.workbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save a file. The workbench uses {@link #CHOOSER} (a native file chooser);
 * tests pass a stub that answers with a path in a temporary folder.
 */
@FunctionalInterface
public interface FileDialogs {

    /**
     * @param owner the window the dialog belongs to (may be null)
     * @param title the dialog's title
     * @param fileName the suggested file name, with extension
     * @param description the file type, e.g. "PNG image"
     * @param extension the extension without the dot; added when the user leaves it out
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> saveFile(Window owner, String title, String fileName, String description, String extension);

    /** A JavaFX {@link FileChooser}. */
    FileDialogs CHOOSER = (owner, title, fileName, description, extension) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                description + " (*." + extension + ")", "*." + extension));
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path target = file.toPath();
        if (!file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            target = target.resolveSibling(file.getName() + "." + extension);
        }
        return Optional.of(target);
    };
}
