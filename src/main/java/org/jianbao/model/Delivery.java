package org.jianbao.model;

import java.util.List;

/**
 * How a bulletin goes out, beyond its content: printed on both sides, the marks on its first page,
 * and the ink its red is printed with.
 *
 * @param duplex whether it is printed on both sides: the 版记 then falls on an even page, the back of
 *               the last sheet (GB/T 9704-2012 §7.5), and the page count is even
 * @param marks  the marks above the masthead and the watermark
 * @param red    how the red of the masthead is written for the printer
 */
public record Delivery(boolean duplex, Marks marks, Ink red) {

    /** One side, no marks, red as RGB. */
    public static final Delivery PLAIN = new Delivery(false, Marks.NONE, Ink.RGB);

    /**
     * Marks on the first page (GB/T 9704-2012 §7.2.1–7.2.2 and 简报 practice): a circulation notice
     * such as {@code 内部资料　注意保存} and the secrecy level with its period ({@code 秘密★1年}) at
     * the top left, the copy number (份号, six digits) at the top right when copies are numbered; a
     * light diagonal watermark on every page.
     */
    public record Marks(String notice, String secrecy, String period, boolean copyNumber, String watermark) {
        public static final Marks NONE = new Marks(null, null, null, false, null);

        /** Whether anything stands above the masthead. */
        public boolean topLine() {
            return notice != null || secrecy != null || copyNumber;
        }

        /** {@code 秘密★1年}, {@code 机密}, or null. */
        public String secrecyLine() {
            return secrecy == null ? null : period == null ? secrecy : secrecy + "★" + period;
        }
    }

    /**
     * The red ink (GB/T 9704-2012 §6.2, 套红): as RGB (screen, office printers), as a CMYK process
     * colour, or as a spot colour printed with its own plate.
     *
     * @param cmyk the process colour in percent, cyan to black: 0/100/100/0 unless the profile says
     * @param spot the spot colour's name, as the print shop knows it
     */
    public record Ink(Mode mode, List<Integer> cmyk, String spot) {
        public static final Ink RGB = new Ink(Mode.RGB, List.of(0, 100, 100, 0), "Red");

        /** How the red is written. */
        public enum Mode { RGB, CMYK, SPOT }

        public Ink {
            cmyk = List.copyOf(cmyk);
        }
    }
}
