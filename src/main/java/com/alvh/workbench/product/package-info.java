/** Immutable instruments: option legs, multi-leg strategies, the iron condor and the ALVH hedge instruments, with contract multipliers. */
package com.alvh.workbench.product;
