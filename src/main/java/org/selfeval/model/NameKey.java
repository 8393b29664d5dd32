package org.selfeval.model;

import java.text.Normalizer;

/**
 * The one key indicator and data-item names are compared by, everywhere: full-width forms become half-width
 * (NFKC), and quotes of any style and spaces are dropped, so “三公”经费控制情况, "三公"经费控制情况 and
 * ＂三公＂经费 控制情况 are one indicator.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) return "";
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\"'“”‘’「」『』\\s]", "");
    }

    public static boolean same(String a, String b) {
        return of(a).equals(of(b));
    }
}
