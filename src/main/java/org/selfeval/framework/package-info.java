/**
 * The bureau's indicator framework (指标体系) as data: tree, 分值, pre-filled rows, formula inputs and
 * grades, read from a framework workbook or the built-in CSV sheets. Reference data for ingest,
 * evaluate and the template.
 */
package org.selfeval.framework;
