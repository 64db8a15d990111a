/** The Explore tab: the position at a what-if spot, VIX and date; payoff, greeks, P&amp;L table. */
package com.alvh.workbench.ui.explore;
