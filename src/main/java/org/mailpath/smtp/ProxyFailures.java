package org.mailpath.smtp;

import org.mailpath.context.proxy.ProxyException;
import org.mailpath.finding.FindingCode;

/** Which finding a failure at the proxy is (RFC 1928 §6, RFC 1929 §2). */
final class ProxyFailures {
  private ProxyFailures() {}

  static FindingCode code(ProxyException.Kind kind) {
    return switch (kind) {
      case UNREACHABLE -> FindingCode.PROXY_UNREACHABLE;
      case AUTH_FAILED -> FindingCode.PROXY_AUTH_FAILED;
      case TARGET_UNREACHABLE -> FindingCode.PROXY_TARGET_UNREACHABLE;
      case TIMEOUT -> FindingCode.PROXY_TIMEOUT;
      case REFUSED -> FindingCode.PROXY_REFUSED;
    };
  }
}
