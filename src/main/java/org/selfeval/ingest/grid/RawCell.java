package org.selfeval.ingest.grid;

import java.math.BigDecimal;

/**
 * One cell as found in a sheet or CSV, before it is read as a number or a text.
 *
 * @param address A1-style address, e.g. {@code C5} (the top-left cell when the value comes from a
 *     merged region)
 * @param text what the cell shows ("" when blank): the string, or a numeric value formatted as
 *     Excel shows it
 * @param number the numeric value of a numeric cell or formula result, null otherwise
 * @param percentFormat whether a numeric cell is formatted as a percentage (0.0752 shown as 7.52%)
 * @param error the formula error shown (#DIV/0!, #REF! …), null when none
 */
public record RawCell(
        String address, String text, BigDecimal number, boolean percentFormat, String error) {

    public RawCell {
        text = text == null ? "" : text;
    }

    public static RawCell blank(String address) {
        return new RawCell(address, "", null, false, null);
    }

    public static RawCell text(String address, String text) {
        return new RawCell(address, text, null, false, null);
    }

    public boolean isBlank() {
        return number == null && error == null && text.isBlank();
    }
}
