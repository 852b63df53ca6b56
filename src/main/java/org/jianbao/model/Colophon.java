package org.jianbao.model;

import java.util.List;

/** The editorial office's address block at the foot of the last page; every field may be null. */
public record Colophon(String address, String postcode, String phone, String email, String website,
                       List<String> lines) {
}
