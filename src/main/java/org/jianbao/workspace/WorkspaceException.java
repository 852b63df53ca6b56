package org.jianbao.workspace;

/** What cannot be done to a workspace, said so that a secretariat user can act on it; nothing was written. */
public final class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
