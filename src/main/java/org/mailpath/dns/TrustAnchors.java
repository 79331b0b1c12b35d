package org.mailpath.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailpath.bounds.LocalFile;
import org.mailpath.bounds.LocalFileException;
import org.mailpath.text.RemoteText;
import org.xbill.DNS.Master;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** DNSSEC trust anchors in zone-file syntax (DS or DNSKEY records), as the validator loads them. */
public final class TrustAnchors {

  private static final String ROOT_RESOURCE = "/dnssec/root-anchors.txt";

  /**
   * A trust-anchor file is a handful of DS or DNSKEY records (IANA's root file is under 1 KiB); 1
   * MiB is far beyond any real one, and bounds what a mistaken path makes mailpath read.
   */
  static final long MAX_FILE_OCTETS = 1024 * 1024;

  /** The TTL assumed for a record written without one; a trust anchor's TTL means nothing. */
  private static final long ANCHOR_TTL = 3600;

  // dnsjava's parser reports "<source>:<line>: <problem>".
  private static final Pattern PARSER_MESSAGE = Pattern.compile("^.*?:(\\d+): (.*)$");

  private TrustAnchors() {}

  /** IANA's root anchors, shipped as a resource. */
  public static String root() {
    try (InputStream in = TrustAnchors.class.getResourceAsStream(ROOT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + ROOT_RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The anchors in {@code file} (--trust-anchor): a regular file of at most {@link
   * #MAX_FILE_OCTETS} holding at least one DS or DNSKEY record and nothing else. A file without an
   * anchor is refused: the validator would accept it and silently judge every answer insecure.
   */
  public static String fromFile(Path file) throws LocalFileException {
    byte[] bytes = LocalFile.read(file, MAX_FILE_OCTETS, "a file of DNSSEC trust anchors");
    check(file, bytes);
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  private static void check(Path file, byte[] bytes) throws LocalFileException {
    int anchors = 0;
    // A default TTL, as the validator's own loader needs none: anchor files often omit it.
    try (Master master = new Master(new ByteArrayInputStream(bytes), null, ANCHOR_TTL)) {
      // Only the named file is read: $INCLUDE could name a device or a file of any size.
      master.disableIncludes(true);
      master.expandGenerate(false);
      Record r;
      while ((r = master.nextRecord()) != null) {
        // RFC 4033 §2 and RFC 7958 §2: a trust anchor is a DS or a DNSKEY record.
        if (r.getType() != Type.DS && r.getType() != Type.DNSKEY) {
          throw new LocalFileException(
              file
                  + " holds a "
                  + Type.string(r.getType())
                  + " record for "
                  + r.getName()
                  + "; a trust-anchor file holds only DS and DNSKEY records.");
        }
        anchors++;
      }
      if (master.generators().hasNext()) {
        throw new LocalFileException(
            file + " uses $GENERATE; a trust-anchor file holds only DS and DNSKEY records.");
      }
    } catch (LocalFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new LocalFileException(file + parseProblem(e.getMessage()));
    }
    if (anchors == 0) {
      throw new LocalFileException(
          file
              + " holds no DS or DNSKEY record; without a trust anchor DNSSEC could not be"
              + " validated at all.");
    }
  }

  /** " line 3: not a DS or DNSKEY record in zone-file syntax (invalid type 'is')." */
  private static String parseProblem(String message) {
    if (message == null) {
      return ": not a file of DS or DNSKEY records in zone-file syntax.";
    }
    Matcher m = PARSER_MESSAGE.matcher(message.strip());
    String where = m.matches() ? " line " + m.group(1) + ":" : ":";
    String why = m.matches() ? m.group(2) : message;
    if (!why.isEmpty()) {
      why = Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }
    return where
        + " not a DS or DNSKEY record in zone-file syntax ("
        + RemoteText.visibleLine(why)
        + ").";
  }
}
