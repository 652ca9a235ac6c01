package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: a byte-order mark decides first, then strict UTF-8, then the charset that
 * juniversalchardet detects (GB18030, Big5, UTF-16…). Files that are empty, blank or binary are refused with an
 * {@link InputException} that says why.
 */
public final class TextDecoder {
    /** Decoded text with the charset that produced it. */
    public record Decoded(String text, String charset) {
    }

    private static final byte[][] BINARY_MAGIC = {
            {(byte) 0x89, 'P', 'N', 'G'}, {'P', 'K', 3, 4}, {'%', 'P', 'D', 'F'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {'G', 'I', 'F', '8'}, {0x1F, (byte) 0x8B}, {0x7F, 'E', 'L', 'F'}};

    public Decoded decode(byte[] bytes, String where) {
        if (bytes.length == 0) {
            throw new InputException(where + ": empty file");
        }
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(bytes, magic)) {
                throw new InputException(where + ": binary file, not text");
            }
        }
        Decoded decoded = decodeWithBom(bytes);
        if (decoded == null) {
            decoded = decodeStrict(bytes, StandardCharsets.UTF_8);
        }
        if (decoded == null) {
            String detected = detect(bytes);
            if (detected != null && Charset.isSupported(detected)) {
                Charset cs = Charset.forName(detected);
                // GB2312 is a subset: decode with its superset so that rarer characters survive
                if (cs.name().equalsIgnoreCase("GB2312") || cs.name().equalsIgnoreCase("GBK")) {
                    cs = Charset.forName("GB18030");
                }
                decoded = decodeStrict(bytes, cs);
            }
        }
        if (decoded == null) {
            throw new InputException(where + ": not text in any charset kgx can detect (binary file?)");
        }
        if (looksBinary(decoded.text())) {
            throw new InputException(where + ": binary file, not text");
        }
        if (decoded.text().isBlank()) {
            throw new InputException(where + ": file holds only white space");
        }
        return decoded;
    }

    private static Decoded decodeWithBom(byte[] b) {
        if (startsWith(b, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            Decoded d = decodeStrict(slice(b, 3), StandardCharsets.UTF_8);
            return d == null ? null : new Decoded(d.text(), "UTF-8 (BOM)");
        }
        if (startsWith(b, new byte[]{(byte) 0xFF, (byte) 0xFE})) {
            return decodeStrict(slice(b, 2), StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return decodeStrict(slice(b, 2), StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static Decoded decodeStrict(byte[] bytes, Charset cs) {
        try {
            String text = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, cs.name());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** Text with more than 1% control characters (other than tab, newlines and form feed) is not prose. */
    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > text.length() / 100;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return java.util.Arrays.copyOfRange(b, from, b.length);
    }
}
