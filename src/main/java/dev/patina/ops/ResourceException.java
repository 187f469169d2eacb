package dev.patina.ops;

/** A file named by a param that cannot be used; the message names the file and the problem. */
public class ResourceException extends RuntimeException {
    public ResourceException(String path, String problem) {
        super(path + ": " + problem);
    }

    public ResourceException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
    }
}
