/**
 * Engine: the Word writer. WordDocument appends WordprocessingML as text, DocxPackage zips it with
 * the fixed parts (styles, settings, footers) built once; docx4j only reads a bureau's --style
 * file.
 */
package org.selfeval.report.docx;
