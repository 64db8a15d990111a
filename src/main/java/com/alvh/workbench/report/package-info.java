/** Report writers (HTML, PDF, CSV). */
package com.alvh.workbench.report;
