/**
 * Word feedback: a .docx with tracked changes and Word comments, sent back by an organisation (a section, a city),
 * becomes that organisation's amendments, comments, questions and replies on the right paragraphs.
 *
 * <p>{@link org.parley.feedback.FeedbackService} is the API: {@code propose} reads the file (with the document
 * importer's defences against hostile packages) and maps it onto the version with the paragraph aligner, storing
 * a {@link org.parley.feedback.FeedbackProposal}; {@code accept} creates all or some of its items through the
 * comment feature, in one write with one audit event. The {@code ui} package holds the upload and review screen.
 */
package org.parley.feedback;
