package org.selfeval.report.docx;

/**
 * The paragraph styles the documents use. Ids follow Word's built-in ids where one exists (Title,
 * Heading1 …), so a bureau's template that customises "heading 1" replaces ours and Word's
 * navigation pane shows the outline.
 */
public enum StyleId {
    /** 公文标题: 方正小标宋简体 2号, centred; not bold (the face is bold already, bold on it is faked). */
    TITLE("Title", "Title", "方正小标宋简体", 44, false, false, true),
    /** 一、 黑体 3号. */
    HEADING1("Heading1", "heading 1", "黑体", 32, false, true, false),
    /** （一） 楷体_GB2312 3号. */
    HEADING2("Heading2", "heading 2", "楷体_GB2312", 32, false, true, false),
    /** 1. 仿宋_GB2312 3号 bold. */
    HEADING3("Heading3", "heading 3", "仿宋_GB2312", 32, true, true, false),
    /** （1） 仿宋_GB2312 3号. */
    HEADING4("Heading4", "heading 4", "仿宋_GB2312", 32, false, true, false),
    /** 正文: 仿宋_GB2312 3号, first line indented 2 characters, exact 28 pt. */
    BODY("BodyText", "Body Text", "仿宋_GB2312", 32, false, true, false),
    /** A table's title line, centred and bold. */
    CAPTION("Caption", "caption", "仿宋_GB2312", 28, true, false, true),
    /** Table cells: 仿宋_GB2312 10.5 pt, single spacing. */
    TABLE("TableText", "Table Text", "仿宋_GB2312", 21, false, false, false),
    /** Page number line: 宋体 4号 centred. */
    FOOTER("Footer", "footer", "宋体", 28, false, false, true);

    final String id;
    final String name;
    final String font;

    /** Half-points (w:sz), 32 = 16 pt = 3号. */
    final int size;

    final boolean bold;
    final boolean indented;
    final boolean centred;

    StyleId(
            String id,
            String name,
            String font,
            int size,
            boolean bold,
            boolean indented,
            boolean centred) {
        this.id = id;
        this.name = name;
        this.font = font;
        this.size = size;
        this.bold = bold;
        this.indented = indented;
        this.centred = centred;
    }

    /** The linked character style, so runs name their style too. */
    String charId() {
        return id + "Char";
    }

    /**
     * 3号 text keeps to the document grid (28 characters × 22 lines); the title, tables and footer
     * do not.
     */
    boolean onGrid() {
        return size == BODY.size;
    }

    boolean heading() {
        return this == HEADING1 || this == HEADING2 || this == HEADING3 || this == HEADING4;
    }

    /** Outline level for headings (0 = level 1), or -1. */
    int outlineLevel() {
        return switch (this) {
            case HEADING1 -> 0;
            case HEADING2 -> 1;
            case HEADING3 -> 2;
            case HEADING4 -> 3;
            default -> -1;
        };
    }
}
