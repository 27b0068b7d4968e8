/**
 * The editors' answers to a round's comments (accepted, declined with a reason, …), the progress of a round and
 * publishing a milestone. Answers become public with the version that carries them
 * ({@link org.parley.document.VersionRounds}). Publishes {@link org.parley.disposition.DispositionService}.
 */
package org.parley.disposition;
