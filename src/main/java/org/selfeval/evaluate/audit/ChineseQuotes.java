package org.selfeval.evaluate.audit;

/**
 * Chinese typography nests quotes as “…‘…’…”: an item name that carries its own quotes (“三公”经费控制情况)
 * inside a quoted message becomes “‘三公’经费控制情况” instead of ““三公”经费控制情况”.
 */
final class ChineseQuotes {

    private ChineseQuotes() {}

    static String nest(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '“') {
                sb.append(depth % 2 == 0 ? '“' : '‘');
                depth++;
            } else if (c == '”' && depth > 0) {
                depth--;
                sb.append(depth % 2 == 0 ? '”' : '’');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
