package org.jianbao.export.ofd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.image.ImageFile;
import org.ofdrw.core.basicStructure.res.CT_MultiMedia;
import org.ofdrw.core.basicStructure.res.MediaType;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.MultiMedias;
import org.ofdrw.core.basicType.ST_Loc;

/**
 * The pictures of a document: one MultiMedia resource of type Image per picture (GB/T 33190-2016
 * §7.9, 表 19), the bytes the layout prepared copied unchanged into the package (PNG or JPEG, both
 * of which readers decode), each picture once however often it is placed.
 */
final class ImageResources {
    private final Map<ImageFile, Image> images = new LinkedHashMap<>();

    /** A picture in the package: its id, format, file name in the package and bytes. */
    record Image(long id, String format, String name, byte[] bytes) {
    }

    /** The resource id of {@code picture}, given on first use. */
    long id(ImageFile picture, Ids ids) throws IOException {
        Image img = images.get(picture);
        if (img == null) {
            byte[] bytes = picture.bytes();
            String format = format(bytes);
            if (format == null) {
                throw new IOException("the picture " + picture.file() + " is neither PNG nor JPEG");
            }
            long id = ids.next();
            img = new Image(id, format, "image_" + id + (format.equals("PNG") ? ".png" : ".jpg"), bytes);
            images.put(picture, img);
        }
        return img.id();
    }

    List<Image> images() {
        return new ArrayList<>(images.values());
    }

    boolean isEmpty() {
        return images.isEmpty();
    }

    /** DocumentRes.xml: the MultiMedia resources, their files in the resource folder. */
    Res res() {
        Res res = new Res();
        res.addAttribute("BaseLoc", Resources.FOLDER);
        MultiMedias list = new MultiMedias();
        for (Image img : images.values()) {
            CT_MultiMedia m = new CT_MultiMedia();
            m.setID(new org.ofdrw.core.basicType.ST_ID(img.id()));
            m.setType(MediaType.Image);
            m.setFormat(img.format());
            m.setMediaFile(new ST_Loc(img.name()));
            list.add(m);
        }
        res.add(list);
        return res;
    }

    /** PNG or JPEG by the file's signature; null for anything else. */
    private static String format(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "PNG";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "JPEG";
        }
        return null;
    }
}
