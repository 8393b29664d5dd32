/**
 * The official blank workbook derived from a framework: sheets, pre-filled rows, dropdowns and
 * 填报说明; the sheet names and headers come from model.WorkbookContract, which the reader shares.
 */
package org.selfeval.template;
