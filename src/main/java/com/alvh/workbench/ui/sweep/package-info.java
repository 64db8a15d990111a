/**
 * The Sweep tab: pick axes among the scenario's policy fields, run a sweep with progress and cancel,
 * see the cost-versus-tail frontier with the base policy marked, and open a clicked policy in the
 * Scenario editor. Sees neither the other tabs nor the window (ArchitectureTest); the window wires it
 * to the scenario being edited.
 */
package com.alvh.workbench.ui.sweep;
