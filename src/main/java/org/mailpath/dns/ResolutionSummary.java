package org.mailpath.dns;

/** One line on an MX resolution, for its step: "2 MX: mx1.example (10, 1 addr), …". */
final class ResolutionSummary {
  private ResolutionSummary() {}

  static String of(MxResolution r) {
    return switch (r.outcome()) {
      case MX ->
          r.hosts().size()
              + " MX: "
              + String.join(
                  ", ",
                  r.hosts().stream()
                      .map(
                          h ->
                              h.name()
                                  + " ("
                                  + h.preference()
                                  + ", "
                                  + h.addresses().size()
                                  + " addr)")
                      .toList());
      case IMPLICIT -> "no MX; implicit MX " + r.domain();
      case NULL_MX -> "null MX: no mail accepted";
      default -> r.outcome() + (r.problem() != null ? ": " + r.problem() : "");
    };
  }
}
