/**
 * The next draft of a document: a copy of the latest version, or a revised draft imported from a file and aligned
 * to it (reviewed, then accepted), and editing that draft paragraph by paragraph with its lineage kept. Publishes
 * {@link org.parley.drafting.RevisionService} and {@link org.parley.drafting.DraftEditingService}.
 */
package org.parley.drafting;
