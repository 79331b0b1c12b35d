/** What each kind of sender would do with mail to the traced domain, and why. */
package org.mailpath.ui.senders;
