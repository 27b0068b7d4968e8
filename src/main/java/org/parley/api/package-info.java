/** The REST API v1 (JSON, OpenAPI at /api/v1/openapi): thin controllers over the features' services. */
package org.parley.api;
