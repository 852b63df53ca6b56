/** Units of measure: points, millimetres, ems, and the Chinese type sizes (号). All layout is in points. */
package org.jianbao.unit;
