package com.alvh.workbench.ui.scenario;

import com.alvh.workbench.ui.common.EditorField;

import com.alvh.workbench.scenario.ScenarioSpec;

import java.util.List;

/**
 * The editor fields of one hedge layer, in display order.
 *
 * @param index the layer's position in the policy
 * @param title e.g. "Layer 2: Regime VIX calls"
 * @param fields the layer's fields
 */
public record LayerModel(int index, String title, List<EditorField<ScenarioSpec>> fields) {

    public LayerModel {
        fields = List.copyOf(fields);
    }
}
