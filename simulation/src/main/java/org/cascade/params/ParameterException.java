package org.cascade.params;

/** A parameter name or value that the registry refuses; the message names the field and what is allowed. */
public class ParameterException extends IllegalArgumentException {
    public ParameterException(String message) {
        super(message);
    }
}
