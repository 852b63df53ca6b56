/**
 * Chinese text rules that do not depend on geometry: character classes, the line-start and
 * line-end prohibitions (W3C clreq §3.1.7), where the ink of each punctuation mark sits in its em
 * box (clreq §3.1.6, GB/T 15834-2011 §5), the units that must not be split, and the normalisation
 * of pasted input.
 */
package org.jianbao.text;
