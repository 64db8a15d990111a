/**
 * The JavaFX workbench (the only package tree that imports JavaFX): the main window and its session.
 * Here: the application ({@code WorkbenchApp}, {@code Launcher}), the window ({@code WorkbenchView},
 * {@code WorkbenchViewModel}: menus, tabs, status bar) and the session (scenario files, recent files,
 * autosave). One sub-package per tab ({@code scenario}, {@code explore}, {@code playback},
 * {@code results}, {@code defi}), pieces every tab shares in {@code common}. Tabs never import each
 * other nor this package; {@code common} imports no tab (held by {@code ArchitectureTest}).
 */
package com.alvh.workbench.ui;
