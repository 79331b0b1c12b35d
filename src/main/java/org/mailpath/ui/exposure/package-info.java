/**
 * Who can read which part of a message — envelope, headers, body — with and without PGP or S/MIME.
 */
package org.mailpath.ui.exposure;
