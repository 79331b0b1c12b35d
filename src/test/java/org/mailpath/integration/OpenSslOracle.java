package org.mailpath.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code openssl s_client -starttls smtp}: an independent client to check mailpath against. */
final class OpenSslOracle {

  /** What openssl reports for one handshake. */
  record Observation(String output, String protocol, String cipher, String ems, String tempKey) {
    boolean established() {
      return protocol != null && cipher != null && !"(NONE)".equals(cipher);
    }
  }

  // "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384" comes right after the handshake; the
  // "SSL-Session:" block may not be printed when stdin closes before a TLS 1.3 ticket arrives.
  private static final Pattern PROTOCOL = Pattern.compile("New, (\\S+), Cipher is \\S+");
  private static final Pattern CIPHER = Pattern.compile("New, \\S+, Cipher is (\\S+)");
  private static final Pattern EMS = Pattern.compile("Extended master secret: (\\w+)");
  private static final Pattern TEMP_KEY =
      Pattern.compile("Server Temp Key: ([^,\\s]+)(?:, (\\S+))?");

  private OpenSslOracle() {}

  /** One handshake; {@code extra} adds options such as -tls1_2 or -cipher. */
  static Observation handshake(int port, String... extra) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of("openssl", "s_client", "-starttls", "smtp", "-connect", "127.0.0.1:" + port));
    command.addAll(List.of(extra));
    if (!command.contains("-cipher")) {
      // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level.
      command.addAll(List.of("-cipher", "DEFAULT:@SECLEVEL=0"));
    }
    String output = run(command);
    return new Observation(
        output,
        group(PROTOCOL, output),
        group(CIPHER, output),
        group(EMS, output),
        tempKey(output));
  }

  /**
   * openssl's cipher name (ECDHE-RSA-AES256-SHA) → IANA name (TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA).
   */
  static Map<String, String> standardNames() throws IOException, InterruptedException {
    Map<String, String> names = new HashMap<>();
    for (String line :
        run(List.of("openssl", "ciphers", "-stdname", "ALL:@SECLEVEL=0")).split("\n")) {
      String[] parts = line.trim().split("\\s+-\\s+|\\s+");
      if (parts.length >= 2 && parts[0].startsWith("TLS_")) {
        names.put(parts[1], parts[0]);
        names.put(parts[0], parts[0]);
      }
    }
    return names;
  }

  /** "TLSv1" → "TLSv1.0", the spelling mailpath uses. */
  static String normaliseVersion(String version) {
    return "TLSv1".equals(version) ? "TLSv1.0" : version;
  }

  private static String tempKey(String output) {
    Matcher m = TEMP_KEY.matcher(output);
    if (!m.find()) {
      return null;
    }
    // "X25519, 253 bits" or "ECDH, prime256v1, 256 bits"
    String name = "ECDH".equals(m.group(1)) && m.group(2) != null ? m.group(2) : m.group(1);
    return "prime256v1".equals(name) ? "secp256r1" : name;
  }

  private static String group(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    return m.find() ? m.group(1) : null;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] bytes = process.getInputStream().readNBytes(1 << 20);
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("openssl did not finish: " + command);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
