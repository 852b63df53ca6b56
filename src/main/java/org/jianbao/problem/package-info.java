/**
 * What can be wrong with the input, for every step of the pipeline: a {@link
 * org.jianbao.problem.Problem} located by file, line:column and JSON path, and the {@link
 * org.jianbao.problem.JianbaoException} that carries all the problems of a run. Every package may
 * depend on this one; it depends on none of them.
 */
package org.jianbao.problem;
