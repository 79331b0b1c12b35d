package org.mailpath.lab.dns;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.DSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;

/**
 * The one signing key of the lab zone: an ECDSA P-256 key (RFC 6605, algorithm 13), generated in
 * milliseconds once per lab, acting as both key-signing and zone-signing key (a "CSK").
 */
final class ZoneKey {

  /** RFC 4034 §2.1.1: bit 7 marks a zone key, bit 15 the secure entry point (what a DS names). */
  private static final int FLAGS = DNSKEYRecord.Flags.ZONE_KEY | DNSKEYRecord.Flags.SEP_KEY;

  /** Signatures begin an hour in the past, to absorb clock skew between lab and validator. */
  static final Duration INCEPTION_BACKDATE = Duration.ofHours(1);

  /** Signatures stay valid for 30 days, far longer than any lab process runs. */
  static final Duration SIGNATURE_LIFETIME = Duration.ofDays(30);

  private final DNSKEYRecord dnskey;
  private final KeyPair keyPair;
  private final Instant inception;
  private final Instant expiration;

  private ZoneKey(DNSKEYRecord dnskey, KeyPair keyPair, Instant now) {
    this.dnskey = dnskey;
    this.keyPair = keyPair;
    this.inception = now.minus(INCEPTION_BACKDATE);
    this.expiration = now.plus(SIGNATURE_LIFETIME);
  }

  static ZoneKey generate(Name zone, long ttl, Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keyPair = generator.generateKeyPair();
      DNSKEYRecord dnskey =
          new DNSKEYRecord(
              zone,
              DClass.IN,
              ttl,
              FLAGS,
              DNSKEYRecord.Protocol.DNSSEC,
              DNSSEC.Algorithm.ECDSAP256SHA256,
              keyPair.getPublic());
      return new ZoneKey(dnskey, keyPair, now);
    } catch (GeneralSecurityException | DNSSEC.DNSSECException e) {
      throw new IllegalStateException("cannot make the lab zone's ECDSA P-256 key", e);
    }
  }

  DNSKEYRecord dnskey() {
    return dnskey;
  }

  /** RFC 4509: the DS with a SHA-256 digest of the DNSKEY, the trust anchor for the zone. */
  DSRecord ds() {
    return new DSRecord(
        dnskey.getName(), DClass.IN, dnskey.getTTL(), DSRecord.Digest.SHA256, dnskey);
  }

  /** RFC 4034 §3: one RRSIG over the whole RRset. */
  RRSIGRecord sign(RRset rrset) {
    try {
      return DNSSEC.sign(rrset, dnskey, keyPair.getPrivate(), inception, expiration);
    } catch (DNSSEC.DNSSECException e) {
      throw new IllegalStateException("cannot sign " + rrset.getName(), e);
    }
  }

  /**
   * The same RRSIG with its signature bits flipped: well-formed, from the right key, and certain to
   * fail verification (RFC 4035 §5.3.3), so a validator calls the RRset bogus.
   */
  static RRSIGRecord corrupted(RRSIGRecord valid) {
    byte[] signature = valid.getSignature().clone();
    for (int i = 0; i < signature.length; i++) {
      signature[i] ^= (byte) 0xff;
    }
    return new RRSIGRecord(
        valid.getName(),
        valid.getDClass(),
        valid.getTTL(),
        valid.getTypeCovered(),
        valid.getAlgorithm(),
        valid.getOrigTTL(),
        valid.getExpire(),
        valid.getTimeSigned(),
        valid.getFootprint(),
        valid.getSigner(),
        signature);
  }
}
