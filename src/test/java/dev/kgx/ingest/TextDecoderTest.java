package dev.kgx.ingest;

import dev.kgx.KgxException.InputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();
    private static final String ARTICLE = "百度公司发布了新的人工智能模型,工程师们在北京测试了这个系统。这是第二句话,内容更长一些。";

    @Test
    void decodesUtf8WithAndWithoutBom() {
        byte[] plain = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertEquals(ARTICLE, decoder.decode(plain, "a.txt").text());
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        TextDecoder.Decoded d = decoder.decode(bom, "b.txt");
        assertEquals(ARTICLE, d.text());
        assertTrue(d.charset().contains("BOM"));
    }

    @Test
    void decodesUtf16LittleEndianWithBom() {
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(ARTICLE, decoder.decode(bytes, "c.txt").text());
    }

    @Test
    void decodesGb18030() {
        String longer = ARTICLE.repeat(5);
        byte[] bytes = longer.getBytes(Charset.forName("GB18030"));
        TextDecoder.Decoded d = decoder.decode(bytes, "d.txt");
        assertEquals(longer, d.text());
    }

    @Test
    void refusesEmptyBlankAndBinaryFiles() {
        InputException empty = assertThrows(InputException.class, () -> decoder.decode(new byte[0], "e.txt"));
        assertTrue(empty.getMessage().contains("e.txt") && empty.getMessage().contains("empty"));
        assertThrows(InputException.class, () -> decoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8), "f"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        InputException bin = assertThrows(InputException.class, () -> decoder.decode(png, "g.png.txt"));
        assertTrue(bin.getMessage().contains("binary"));
    }

    @Test
    void decodesUtf16WithoutBomByItsZeroBytes() {
        String text = "Zentrix Corp acquired Northwind Labs.\n" + ARTICLE + "\n";
        TextDecoder.Decoded le = decoder.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE), "le.txt");
        assertEquals(text, le.text());
        assertEquals("UTF-16LE", le.charset());
        TextDecoder.Decoded be = decoder.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE), "be.txt");
        assertEquals(text, be.text());
    }

    @Test
    void aFewBytesThatAreNotUtf8DoNotCostTheArticle() {
        byte[] utf8 = (ARTICLE + ARTICLE).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        utf8[30] = (byte) 0xFF; // one stray byte inside a character: it and the character's other bytes are cut
        TextDecoder.Decoded d = decoder.decode(utf8, "bad-byte.txt");
        assertTrue(d.replaced() >= 1 && d.replaced() <= 3, "replaced " + d.replaced());
        assertTrue(d.text().contains("\uFFFD") && d.text().endsWith("更长一些。"), d.text());
    }

    @Test
    void aLegacyCharsetIsNotReadAsBrokenUtf8() {
        byte[] gb = ARTICLE.getBytes(java.nio.charset.Charset.forName("GB18030"));
        TextDecoder.Decoded d = decoder.decode(gb, "gb.txt");
        assertEquals(ARTICLE, d.text());
        assertEquals(0, d.replaced());
    }
}
