/** REQUIRETLS (RFC 8689): can a message that demands TLS on every hop reach the domain? */
package org.mailpath.policy.requiretls;
