package org.mailpath.exposure;

/**
 * One observer's view of one part.
 *
 * @param observer who looks
 * @param visibility what they can do
 * @param reason one or two sentences a trainee can follow
 * @param rfc the sections the reason rests on, e.g. "RFC 3207 §6"
 */
public record Cell(Observer observer, Visibility visibility, String reason, String rfc) {}
