package org.selfeval.publish;

/**
 * The version of this program, from the jar's manifest ("开发版" when running from compiled classes,
 * as in tests). The manifest stores it with every verdict, so a verdict of an older reader can be
 * looked at again.
 */
public final class ProgramVersion {

    static final String DEVELOPMENT = "开发版";

    private ProgramVersion() {}

    public static String current() {
        String v = ProgramVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? DEVELOPMENT : v;
    }
}
