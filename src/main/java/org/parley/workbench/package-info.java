/**
 * The editors' workbench ({@code ui} only): a round's comments, their answers and the draft paragraphs that
 * continue the commented ones, on one screen, over the drafting and disposition services.
 */
package org.parley.workbench;
