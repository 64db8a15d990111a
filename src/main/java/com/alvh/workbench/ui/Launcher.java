package com.alvh.workbench.ui;

import javafx.application.Application;

/**
 * Main class of the workbench. It does not extend {@code Application}, so the JavaFX jars can
 * sit on the plain classpath (the JavaFX launcher refuses an {@code Application} main class
 * whose module is unnamed).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
