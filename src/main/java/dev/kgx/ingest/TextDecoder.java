package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: a byte-order mark decides first, then the zero bytes of UTF-16, then strict
 * UTF-8, then UTF-8 with a few malformed bytes (replaced, and counted in a warning), then the charset that
 * juniversalchardet detects (GB18030, Big5…). Files that are empty, blank or binary are refused with an
 * {@link InputException} that says why.
 */
public final class TextDecoder {
    /**
     * Decoded text with the charset that produced it.
     *
     * @param replaced how many malformed byte sequences became U+FFFD (a file that is UTF-8 but for a few bytes)
     */
    public record Decoded(String text, String charset, int replaced) {
        public Decoded(String text, String charset) {
            this(text, charset, 0);
        }
    }

    /**
     * How many malformed sequences a UTF-8 file may hold and still be read as UTF-8 (each replaced and counted in a
     * warning): one per thousand bytes, and at least a few. More than that is another charset, or no text.
     */
    static final int MALFORMED_PER_MILLE = 1;
    static final int MALFORMED_ALWAYS_ALLOWED = 3;

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
            decoded = decodeUtf16ByZeros(bytes);
        }
        if (decoded == null) {
            decoded = decodeStrict(bytes, StandardCharsets.UTF_8);
        }
        if (decoded == null) {
            // a few malformed bytes in what is otherwise UTF-8; a legacy charset gives far more than a few
            decoded = decodeMostlyUtf8(bytes);
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

    /**
     * UTF-16 without a byte-order mark: text in it has a zero byte in every character below U+0100 (line breaks,
     * spaces, digits, Latin letters, ASCII punctuation), always on the same side of each pair of bytes, and
     * seldom on the other side.
     */
    private static Decoded decodeUtf16ByZeros(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < b.length; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = b.length / 2;
        // a character whose low byte is zero (一 is U+4E00) puts a few zeros on the other side
        if (oddZeros >= pairs / 20 + 1 && evenZeros * 10 < oddZeros) {
            return decodeStrict(b, StandardCharsets.UTF_16LE);
        }
        if (evenZeros >= pairs / 20 + 1 && oddZeros * 10 < evenZeros) {
            return decodeStrict(b, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    /** UTF-8 with a few malformed bytes (a truncated copy, one bad byte): read, the bytes replaced and counted. */
    private static Decoded decodeMostlyUtf8(byte[] bytes) {
        int malformed = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                malformed++;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        int allowed = Math.max(MALFORMED_ALWAYS_ALLOWED, bytes.length * MALFORMED_PER_MILLE / 1000);
        return malformed <= allowed ? new Decoded(out.toString(), "UTF-8", malformed) : null;
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
