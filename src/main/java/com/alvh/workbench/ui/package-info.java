/** The JavaFX workbench: views and view models. The only package that imports JavaFX. */
package com.alvh.workbench.ui;
