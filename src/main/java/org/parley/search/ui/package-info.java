/** The search page ({@code search?q=...}) and the admins' reindex page; the header box lives in the shell. */
package org.parley.search.ui;
