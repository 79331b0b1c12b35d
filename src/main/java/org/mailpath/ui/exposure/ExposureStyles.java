package org.mailpath.ui.exposure;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The tab's own style sheet, carried as a data URI so the view is self-contained. Colours pass on a
 * projector (strong fills, dark text); each also has a symbol and a word.
 */
final class ExposureStyles {
  private ExposureStyles() {}

  private static final String CSS =
"""
.exposure { -fx-font-size: 1em; -fx-background-color: white; }
.exposure-title { -fx-font-size: 1.538em; -fx-font-weight: bold; }
.exposure-hop { -fx-font-size: 1em; -fx-text-fill: #333333; }
.exposure-note { -fx-font-size: 0.846em; -fx-text-fill: #666666; }
.exposure-composer { -fx-padding: 4 0 4 0; }
.exposure-grid { -fx-hgap: 2; -fx-vgap: 2; -fx-padding: 4 0 4 0; }
.exposure-group { -fx-font-weight: bold; -fx-text-fill: #444444; -fx-alignment: center;
    -fx-border-color: transparent transparent #888888 transparent; }
.exposure-observer { -fx-font-weight: bold; -fx-alignment: center; -fx-text-alignment: center; }
.exposure-part { -fx-font-weight: bold; }
.exposure-example { -fx-text-fill: #555555; -fx-font-size: 0.923em; }
.exposure-cell { -fx-alignment: center; -fx-padding: 1 4 1 4; -fx-background-radius: 3;
    -fx-border-radius: 3; -fx-border-width: 2; -fx-border-color: transparent; -fx-cursor: hand; }
.exposure-readable { -fx-background-color: #e8685d; -fx-text-fill: #2b0000; -fx-font-weight: bold; }
.exposure-downgrade { -fx-background-color: #f6c445; -fx-text-fill: #332400; }
.exposure-protected { -fx-background-color: #8cc97e; -fx-text-fill: #0d2a06; }
.exposure-absent { -fx-background-color: #e4e4e4; -fx-text-fill: #555555; }
.exposure-selected { -fx-border-color: #1a1a1a; }
.exposure-summary { -fx-font-size: 1.462em; -fx-font-weight: bold; -fx-wrap-text: true; }
.exposure-detail { -fx-font-size: 1em; -fx-wrap-text: true; }
.exposure-what-if { -fx-background-color: #fff8c5; -fx-border-color: #bf8700;
    -fx-border-width: 1 1 1 5; -fx-padding: 6 10 6 10; }
.exposure-what-if-text { -fx-text-fill: #4d2d00; -fx-font-weight: bold; -fx-graphic-text-gap: 8; }
.exposure-legend .label { -fx-padding: 2 8 2 8; -fx-background-radius: 3; }
""";

  static String uri() {
    return "data:text/css;base64,"
        + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8));
  }
}
