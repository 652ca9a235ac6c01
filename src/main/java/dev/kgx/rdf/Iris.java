package dev.kgx.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic IRIs: the same input always gives the same IRI, so re-extracting a document rewrites the same
 * nodes and documents extracted in separate runs meet on the same entity nodes.
 */
public final class Iris {
    /** Every document's IRI, and the name of its graph, starts with this. */
    public static final String DOCUMENT_PREFIX = KGX.ID + "doc/";

    private Iris() {
    }

    /** A document, identified by its path ({@code SourceDocument.path}). */
    public static String document(String path) {
        return DOCUMENT_PREFIX + encode(path);
    }

    /** An entity, identified by its canonical key. */
    public static String entity(String key) {
        return KGX.ID + "entity/" + encode(key);
    }

    /** The assertion of one relation, shared by all documents that state it. */
    public static String assertion(String subjectKey, String predicate, String objectKey) {
        return KGX.ID + "fact/" + hash(subjectKey + "\u0000" + predicate + "\u0000" + objectKey);
    }

    /** An event, identified by its type and participants, shared by all documents that report it. */
    public static String event(String type, String agentKey, String objectKey) {
        return KGX.ID + "event/" + hash(type + "\u0000" + agentKey + "\u0000" + objectKey);
    }

    /** One piece of evidence: a fact read by one extractor from one sentence of one document. */
    public static String evidence(String fact, String documentPath, int begin, int end, String extractor) {
        return KGX.ID + "evidence/" + hash(fact + "\u0000" + documentPath + "\u0000" + begin + ":" + end + "\u0000"
                + extractor);
    }

    /** Percent-encodes what IRIs cannot hold; Chinese characters stay readable. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (cp < 128 && !(Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0)) {
                out.append(URLEncoder.encode(ch, StandardCharsets.UTF_8).replace("+", "%20"));
            } else if (cp >= 128 && !Character.isLetterOrDigit(cp)) {
                out.append(URLEncoder.encode(ch, StandardCharsets.UTF_8));
            } else {
                out.append(ch);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
