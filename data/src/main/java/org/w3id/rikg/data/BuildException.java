package org.w3id.rikg.data;

/** The sources do not yield a consistent dataset; the message says which row and why. */
public class BuildException extends RuntimeException {

    public BuildException(String message) {
        super(message);
    }
}
