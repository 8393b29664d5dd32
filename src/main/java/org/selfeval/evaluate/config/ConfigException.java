package org.selfeval.evaluate.config;

/**
 * A configuration file that cannot be used; the message (Chinese) names the file, the line and the
 * fix.
 */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
