package dev.kgx;

/**
 * Text that any XML 1.0 parser reads. XML 1.0 has no way to write most control characters, not even as character
 * references ({@code &#x000C;} makes a document not well-formed), and article text can hold them.
 */
public final class XmlText {
    private XmlText() {
    }

    /** The text with each character XML 1.0 forbids replaced by U+FFFD; tab, line feed and carriage return stay. */
    public static String safe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (!allowed && out == null) {
                out = new StringBuilder(s.substring(0, i));
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }
}
