package org.mailpath.lab.scenario;

import java.util.OptionalInt;

/**
 * One mail host of a scenario.
 *
 * @param name lower-case host name without trailing dot, e.g. "mx1.good.mail.test"
 * @param mxPreference the MX preference pointing at it, or empty when it is reached without an MX
 *     (the implicit MX of RFC 5321 §5.1: the domain's own address record)
 * @param behaviour what answers on its SMTP port
 */
public record LabHost(String name, OptionalInt mxPreference, HostBehaviour behaviour) {

  public static LabHost mx(String name, int preference, HostBehaviour behaviour) {
    return new LabHost(name, OptionalInt.of(preference), behaviour);
  }

  public static LabHost implicit(String name, HostBehaviour behaviour) {
    return new LabHost(name, OptionalInt.empty(), behaviour);
  }

  /**
   * A host with an address but no MX of its own, reached through an alias (a CNAME in the
   * scenario's extra records) that the MX names.
   */
  public static LabHost aliasTarget(String name, HostBehaviour behaviour) {
    return new LabHost(name, OptionalInt.empty(), behaviour);
  }
}
