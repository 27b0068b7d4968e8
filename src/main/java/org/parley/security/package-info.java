/**
 * Who may do what: form login for the UI, personal API tokens for the REST API, global roles
 * ({@link org.parley.security.GlobalRole}) and {@link org.parley.security.CurrentUser} for the services'
 * own permission checks. Owns the credential columns of the person table and the api_token table.
 */
package org.parley.security;
