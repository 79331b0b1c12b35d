package org.mailpath.lab.attacker;

import org.mailpath.lab.scenario.TlsProfile;
import org.mailpath.lab.smtp.TlsIdentity;

/**
 * How an attacker that terminates TLS presents itself to the sender.
 *
 * @param profile the versions and extensions it offers
 * @param identity the certificate chain and key it presents
 */
record Impersonation(TlsProfile profile, TlsIdentity identity) {}
