/** Closed-form and semi-analytic pricing: final classes of static formulas on primitives plus small immutable model records (Black-Scholes-Merton, Black-76, Heston, VIX under Heston, skew). Never imports sim, hedge, defi, ui or cli. */
package com.alvh.workbench.pricing;
