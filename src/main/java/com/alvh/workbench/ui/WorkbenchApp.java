package com.alvh.workbench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window on the sample iron condor.
 *
 * <p>Started through {@link Launcher} (classpath mode), since a main class that extends
 * {@code Application} needs JavaFX on the module path.
 */
public final class WorkbenchApp extends Application {

    /** Window title. */
    public static final String TITLE = "ALVH Workbench";
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel model = new WorkbenchViewModel(SamplePosition.profile(), SamplePosition.summary());
        show(stage, model);
    }

    /** Puts the workbench for {@code model} in {@code stage} and shows it. */
    static WorkbenchView show(Stage stage, WorkbenchViewModel model) {
        Application.setUserAgentStylesheet(model.getTheme().userAgentStylesheet());
        model.themeProperty().addListener((obs, old, now) ->
                Application.setUserAgentStylesheet(now.userAgentStylesheet()));
        WorkbenchView view = new WorkbenchView(model, stage::close);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        return view;
    }
}
