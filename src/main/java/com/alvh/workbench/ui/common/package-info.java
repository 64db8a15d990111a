/** Pieces every workbench tab shares: chart viewer, background jobs, editor fields, formats, glossary. */
package com.alvh.workbench.ui.common;
