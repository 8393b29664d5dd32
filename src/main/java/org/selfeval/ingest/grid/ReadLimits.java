package org.selfeval.ingest.grid;

/**
 * Bounds on what one read may consume, so a huge or hostile file is rejected with a finding instead
 * of exhausting memory or time. The official templates are a few hundred rows and well under 1 MB.
 */
public final class ReadLimits {

    private ReadLimits() {}

    /**
     * Largest workbook or CSV file read (bytes). Filled templates are under 100 KB; this bound
     * keeps a CSV (read whole, then decoded) and an .xls (no cell count before HSSF loads it) well
     * inside a 512 MB heap.
     */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /**
     * Largest total uncompressed size declared by the parts of an .xlsx/.xlsm (bytes), checked
     * before POI opens it. A filled template is about 120 KB unpacked; 182,000 cells (just under
     * {@link #MAX_CELLS}) about 8 MB.
     */
    public static final long MAX_UNCOMPRESSED_BYTES = 50L * 1024 * 1024;

    /**
     * Cells in all worksheets of an .xlsx/.xlsm, counted by streaming before POI loads them. POI
     * keeps every cell in memory (measured with the whole conversion: 240,000 cells failed at
     * -Xmx192m and peaked near 390 MB at -Xmx512m), so the limit leaves room for a 512 MB heap.
     * Templates have a few thousand cells.
     */
    public static final long MAX_CELLS = 200_000;

    /** Rows read below a table's header; rows beyond are not read and reported. */
    public static final int MAX_TABLE_ROWS = 20_000;

    /** Rows searched from the top of a sheet for the header row. */
    public static final int HEADER_SEARCH_ROWS = 20;

    /** Columns searched for header labels. */
    public static final int MAX_COLUMNS = 60;

    /** Longest cell text accepted (characters); longer text is cut and reported. */
    public static final int MAX_CELL_CHARS = 20_000;

    /** Files read from one submission folder. */
    public static final int MAX_FILES = 50;
}
