/**
 * Where Parley's data lives: the embedded PostgreSQL used by default (data under ./data) or an external
 * server when {@code SPRING_DATASOURCE_URL} is set; the start-up line saying which.
 */
package org.parley.database;
