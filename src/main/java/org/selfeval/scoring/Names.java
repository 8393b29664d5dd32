package org.selfeval.scoring;

/** Indicator names compared loosely: quotes (“三公” / "三公") and spaces do not make a different indicator. */
public final class Names {

    private Names() {
    }

    public static String key(String name) {
        return name == null ? "" : name.replaceAll("[\"“”'‘’\\s　]", "");
    }
}
