/**
 * Stage 4, publishing: atomic writes (temp + rename), safe names, content hash, the manifest, input
 * moves and reason files; no published document is ever replaced or half-written.
 */
package org.selfeval.publish;
