/** The Scenario tab: the structured editor of the equity scenario (fields, layers, undo/redo). */
package com.alvh.workbench.ui.scenario;
