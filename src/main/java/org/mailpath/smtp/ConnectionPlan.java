package org.mailpath.smtp;

/**
 * One SMTP connection the trace will make: to one address of one MX host.
 *
 * @param id "c1", "c2", … in MX preference order
 * @param mxHost the MX host name (or the host of a {@code [host]:port} target)
 * @param preference the MX preference (0 for direct and implicit targets)
 * @param address the IP address dialled, in text form
 * @param port the TCP port dialled
 */
public record ConnectionPlan(String id, String mxHost, int preference, String address, int port) {

  /** "mx1.example.org [192.0.2.1]:25" */
  public String label() {
    String endpoint = "[" + address + "]:" + port;
    return mxHost.equals(address) ? endpoint : mxHost + " " + endpoint;
  }
}
