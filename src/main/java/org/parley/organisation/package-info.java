/**
 * Organisations (UCLG's sections, commissions, working groups, member cities, partners), the people in them
 * and their memberships (member or focal point). Owns the organisation and membership tables and the profile
 * columns of person.
 */
package org.parley.organisation;
