/**
 * The window as a whole: the JavaFX application, its launcher, the services it is built from and
 * the main window that creates every feature's view model and lays out their views. Nothing else in
 * {@code ui} depends on this package.
 */
package org.mailpath.ui.shell;
