package dev.kgx;

/**
 * Root of kgx's own failures. The message says what went wrong, where, and what to do; the command line prints
 * it on one line and maps the subclass to an exit code.
 */
public class KgxException extends RuntimeException {
    public KgxException(String message) {
        super(message);
    }

    public KgxException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A file or argument that kgx cannot use. */
    public static class InputException extends KgxException {
        public InputException(String message) {
            super(message);
        }

        public InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The NLP models are missing or cannot be loaded. */
    public static class ModelException extends KgxException {
        public ModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The store cannot be opened, read or written. */
    public static class StoreException extends KgxException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A SPARQL query that is malformed, unknown or lacks a parameter. */
    public static class QueryException extends KgxException {
        public QueryException(String message) {
            super(message);
        }

        public QueryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
