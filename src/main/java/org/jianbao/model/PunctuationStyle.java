package org.jianbao.model;

/**
 * Punctuation width styles (W3C clreq §3.1.6; ctex names, typst#2439). 全角: every mark one em,
 * compressed where marks meet; 开明: sentence-end marks one em, the others half; 半角: all half.
 */
public enum PunctuationStyle { QUANJIAO, KAIMING, BANJIAO }
