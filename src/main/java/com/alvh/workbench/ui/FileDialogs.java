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

    /**
     * Asks which file to open.
     *
     * @param owner the window the dialog belongs to (may be null)
     * @param title the dialog's title
     * @param description the file type, e.g. "Scenario"
     * @param extension the extension without the dot
     * @return the chosen file, or empty if the user cancelled
     */
    default Optional<Path> openFile(Window owner, String title, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                description + " (*." + extension + ")", "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*"));
        File start = new File("sample-data/scenarios");
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start.getAbsoluteFile());
        }
        File file = chooser.showOpenDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    /**
     * Asks what to do with unsaved changes before they would be lost.
     *
     * @param owner the window
     * @param name the scenario's name
     * @return save them, discard them, or cancel the action
     */
    default UnsavedChoice unsavedChanges(Window owner, String name) {
        javafx.scene.control.ButtonType save = new javafx.scene.control.ButtonType("Save",
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType("Discard",
                javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                "Save the changes to '" + name + "' first?", save, discard, javafx.scene.control.ButtonType.CANCEL);
        alert.setHeaderText("The scenario has unsaved changes");
        alert.initOwner(owner);
        javafx.scene.control.ButtonType answer = alert.showAndWait().orElse(javafx.scene.control.ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    /** The answers to {@link #unsavedChanges}. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

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
