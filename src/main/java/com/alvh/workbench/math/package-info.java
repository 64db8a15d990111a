/** Numerical building blocks with no domain knowledge: special functions, the normal distribution, root finding, quadrature. */
package com.alvh.workbench.math;
