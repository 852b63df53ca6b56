/**
 * jianbao typesets a Chinese association's bulletin (简报) from a JSON issue descriptor into a
 * print-ready PDF. The pipeline, one package per step:
 * {@code descriptor → model → text/inline → page → frame → export}. {@link org.jianbao.Jianbao}
 * is the facade: {@code read}, {@code layout}, {@code export} (and {@code check}, {@code render}
 * built from them); {@link org.jianbao.problem.Problem} and {@link
 * org.jianbao.problem.JianbaoException} are the only error types that leave it.
 */
package org.jianbao;
