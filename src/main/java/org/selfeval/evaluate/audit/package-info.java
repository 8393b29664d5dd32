/**
 * The audit rules, one small AuditRule class each, listed once in AuditCatalogue; each declares the
 * finding kinds (id, Chinese name, default severity) it reports.
 */
package org.selfeval.evaluate.audit;
