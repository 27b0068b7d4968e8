package org.parley.translation;

/**
 * One source paragraph and the translated text proposed for it.
 *
 * @param proposedText     {@code null} when nothing in the file was paired with it
 * @param translatedNumber the number the paragraph carried in the translated file (several joined with "+")
 * @param uncertain        the translator should look at this pair before saving
 */
public record ProposedTranslation(long paragraphId, String number, String sourceText, String proposedText,
                                  String translatedNumber, boolean uncertain) {
}
