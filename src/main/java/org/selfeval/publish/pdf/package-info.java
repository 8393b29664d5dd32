/**
 * The --pdf copies: LibreOffice converts each published .docx, with fontconfig stand-ins for the 公文
 * fonts; a conversion fault is the environment's, never the submission's.
 */
package org.selfeval.publish.pdf;
