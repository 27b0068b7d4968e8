package org.parley.document.importing;

/** Word's list number formats (w:numFmt) for the formats policy papers use. */
final class NumberFormat {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private NumberFormat() {
    }

    static String render(String format, int value) {
        return switch (format) {
            case "lowerLetter" -> letters(value).toLowerCase();
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase();
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    /** Word repeats the letter after z: a..z, aa..zz, aaa.. */
    private static String letters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char letter = (char) ('A' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }
}
