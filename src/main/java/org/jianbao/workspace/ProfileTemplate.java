package org.jianbao.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The profile a new workspace starts with: every field of docs/descriptor.md, filled with values
 * that render a sound 简报 at once (GB/T 9704-2012 page, red masthead) and are plainly there to be
 * edited (the office's address, the recipients).
 */
final class ProfileTemplate {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProfileTemplate() {
    }

    /** The body of the publication's name without 工作简报 / 简报: the association itself. */
    static String organisation(String name) {
        for (String tail : new String[] {"工作简报", "简报"}) {
            if (name.endsWith(tail) && name.length() > tail.length()) {
                return name.substring(0, name.length() - tail.length());
            }
        }
        return name;
    }

    static ObjectNode profile(String name, int year) {
        String org = organisation(name);
        ObjectNode p = F.objectNode();
        p.put("$schema", "schema/profile.schema.json");
        p.put("name", name);
        p.set("masthead", masthead(name, org));
        p.put("issueLine", "{year}年第{number}期　总第{total}期");
        p.put("supplementLine", "{year}年增刊第{number}期");
        p.put("editor", org + "秘书处编");
        p.put("dateFormat", "{year}年{month}月{day}日");
        p.set("sections", strings("协会动态", "会员风采", "行业资讯", "政策法规"));
        ObjectNode contents = p.putObject("contents");
        contents.put("enabled", true);
        contents.put("title", "本期目录");
        ArrayNode d = p.putArray("distribution");
        d.add(F.objectNode().put("label", "报").set("to", strings("业务主管部门", "登记管理机关")));
        d.add(F.objectNode().put("label", "送").set("to", strings("各理事单位")));
        d.add(F.objectNode().put("label", "发").set("to", strings("各会员单位")));
        p.put("copies", 100);
        ObjectNode colophon = p.putObject("colophon");
        colophon.put("address", "（协会地址）");
        colophon.put("postcode", "000000");
        colophon.put("phone", "（联系电话）");
        colophon.put("email", "office@example.org");
        colophon.put("website", "www.example.org");
        colophon.set("lines", strings("内部资料　注意保存"));
        p.putObject("colors").put("red", "#E60012");
        ObjectNode fonts = p.putObject("fonts");
        fonts.set("song", strings("Noto Serif CJK SC"));
        fonts.set("song-bold", strings("Noto Serif CJK SC Bold"));
        fonts.set("hei", strings("Noto Sans CJK SC Bold"));
        fonts.set("kai", strings("LXGW WenKai"));
        ObjectNode page = p.putObject("page");
        page.put("size", "A4");
        ObjectNode margins = page.putObject("margins");
        margins.put("top", "37mm").put("bottom", "35mm").put("left", "28mm").put("right", "26mm");
        ObjectNode styles = p.putObject("styles");
        styles.putObject("body").put("font", "song").put("size", "三号").put("lineHeight", "28.95pt").put("indent", 2);
        styles.putObject("articleTitle").put("font", "hei").put("size", "三号").put("align", "center");
        styles.putObject("sectionHeader").put("font", "hei").put("color", "red").put("format", "【{text}】");
        styles.putObject("caption").put("font", "kai").put("size", "五号");
        styles.putObject("table").put("font", "song").put("boldFont", "hei").put("size", "五号");
        p.put("punctuation", "quanjiao");
        p.put("prohibition", "basic");
        p.put("lang", "zh-Hans");
        p.put("pdfa", true);
        ObjectNode numbering = p.putObject("numbering");
        numbering.put("year", year).put("number", 1).put("total", 1).put("perYear", 12);
        return p;
    }

    /** A long name is set on two lines, the association small above 工作简报 large; a short one on one line. */
    private static ObjectNode masthead(String name, String org) {
        ObjectNode m = F.objectNode();
        ArrayNode lines = m.putArray("lines");
        String tail = name.substring(org.length());
        if (!tail.isEmpty() && name.length() > 8) {
            lines.add(F.objectNode().put("text", org).put("size", org.length() > 16 ? "二号" : "一号"));
            lines.add(F.objectNode().put("text", tail).put("size", 54).put("tracking", tail.length() > 2 ? 0.2 : 0.6));
        } else {
            lines.add(F.objectNode().put("text", name));
        }
        m.put("font", "song-bold");
        m.put("color", "red");
        m.put("rule", "double");
        return m;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = F.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
