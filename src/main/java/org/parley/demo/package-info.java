/** Demo content for a first start on the embedded database: UCLG organisations, accounts, two documents. */
package org.parley.demo;
