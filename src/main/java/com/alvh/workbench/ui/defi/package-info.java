/** The DeFi tab: the DeFi scenario editor, the live LP payoff and DeFi runs. */
package com.alvh.workbench.ui.defi;
