/**
 * The command line (picocli): {@code jianbao render}, {@code jianbao text}. Each command is one
 * call into {@link org.jianbao.Jianbao}; this package turns outcomes into messages and exit codes
 * (0 ok, 1 invalid input, 2 usage error, 3 internal error).
 */
package org.jianbao.cli;
