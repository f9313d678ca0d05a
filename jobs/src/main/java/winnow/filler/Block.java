package winnow.filler;

import java.io.Serializable;

/**
 * One block of a page as the segmenters see it, before any label: the same model for HTML and for plain text.
 *
 * @param tag      block element (p, h2, li, td, div …) or "line" for plain text
 * @param tagPath  the last ancestors with class/id, body first
 * @param hints    lower-case tokens from the ancestors' tag names, classes and ids
 * @param linkChars characters of the block's text inside links
 */
public record Block(int blockNo, String text, String tag, String tagPath, String hints, int linkChars)
    implements Serializable {}
