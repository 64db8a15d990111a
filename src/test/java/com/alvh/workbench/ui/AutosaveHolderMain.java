package com.alvh.workbench.ui;

import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.scenario.ScenarioSpec;

import java.nio.file.Path;

/**
 * Another running workbench, for {@link AutosaveStoreTest}: autosaves unsaved work named by its second
 * argument into the settings folder of its first, prints {@code WRITTEN}, and runs until killed.
 */
public final class AutosaveHolderMain {

    private AutosaveHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        AutosaveStore<ScenarioSpec> store = new AutosaveStore<>(Path.of(args[0]).resolve("autosave.json"),
                ScenarioSpec.class);
        store.write(ScenarioSamples.baseCondorAlvh().withName(args[1]));
        System.out.println("WRITTEN");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
