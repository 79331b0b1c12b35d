package org.mailpath.exposure;

/**
 * What the message format does to one part under one protection.
 *
 * @param hidden encrypted end to end, so only the recipient's client can read it
 * @param reason why, in a sentence
 * @param rfc the section it rests on
 */
public record Coverage(boolean hidden, String reason, String rfc) {}
