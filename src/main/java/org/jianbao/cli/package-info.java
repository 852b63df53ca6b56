/**
 * The command line (picocli): {@code jianbao render}, {@code check}, {@code preview}, {@code text},
 * the routine's {@code init}, {@code new}, {@code import} and {@code watch} (a resident process, see
 * {@link org.jianbao.watch}). Each command is one call into {@link org.jianbao.Jianbao}; this package
 * finds the jianbao folder ({@link org.jianbao.cli.Home}), starts the warm-up of a short-lived
 * process ({@link org.jianbao.cli.WarmUp}), and turns outcomes into messages and exit codes (0 ok,
 * 1 invalid input, 2 usage error, 3 internal error, 4 environment failure).
 */
package org.jianbao.cli;
