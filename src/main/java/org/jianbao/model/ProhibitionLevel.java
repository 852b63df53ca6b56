package org.jianbao.model;

/** How strict the line-start/line-end prohibition rules are (W3C clreq §3.1.7). */
public enum ProhibitionLevel { BASIC, GB, STRICT }
