/**
 * The command line (picocli): {@code jianbao render}, {@code check}, {@code preview} and
 * {@code text}. Each command is one call into {@link org.jianbao.Jianbao}; this package finds the
 * jianbao folder ({@link org.jianbao.cli.Home}), starts the warm-up of a short-lived process
 * ({@link org.jianbao.cli.WarmUp}), and turns outcomes into messages and exit codes (0 ok, 1 invalid
 * input, 2 usage error, 3 internal error).
 */
package org.jianbao.cli;
