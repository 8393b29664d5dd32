/**
 * The bureau's 部门名单: read header-driven with cell-referenced errors, written as a blank workbook,
 * found by --roster or next to the inbox.
 */
package org.selfeval.summary.roster;
