package org.mailpath.lab.scenario;

/** What a lab TLSA record's association data is computed from. */
public enum TlsaTarget {
  /** The host's own certificate key (for DANE-EE, usage 3). */
  LEAF_KEY,
  /** The lab's issuing CA key (for DANE-TA, usage 2; the server sends that CA in its chain). */
  ISSUING_CA_KEY,
  /** A digest of no key at all: the record can match nothing. */
  NOTHING
}
