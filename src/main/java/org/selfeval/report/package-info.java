/**
 * Stage 3, rendering: DocxRenderer writes the report as the ReportSections listed once in
 * ReportOutline, and the 校验报告 (AuditReport); returns bytes, publishing decides where they land.
 */
package org.selfeval.report;
