package org.selfeval.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of names as staff type it in 基本信息 (内设机构, 派出机构): joined by “、” (or “，”, “；”) on one line,
 * or one name a line. A separator inside brackets does not split ("执法一科（执法一大队）" is one name).
 */
final class NameList {

    private NameList() {}

    static List<String> names(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            int depth = 0;
            for (char c : line.toCharArray()) {
                if (c == '（' || c == '(') depth++;
                if ((c == '）' || c == ')') && depth > 0) depth--;
                if (depth == 0 && (c == '、' || c == '，' || c == ',' || c == '；' || c == ';')) {
                    add(names, current);
                } else {
                    current.append(c);
                }
            }
            add(names, current);
        }
        return names;
    }

    private static void add(List<String> names, StringBuilder current) {
        String name = Texts.clause(current.toString()).strip();
        if (!name.isEmpty()) names.add(name);
        current.setLength(0);
    }
}
