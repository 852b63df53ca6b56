package org.jianbao.importer.article;

/** An article that cannot be imported, said so that a secretariat user can act on it; nothing was written. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
