/** The Results tab: the scenario run by the simulation engine, and its dashboard. */
package com.alvh.workbench.ui.results;
