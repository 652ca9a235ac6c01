package dev.kgx.extract;

import dev.kgx.Resources;
import dev.kgx.model.FactType;
import dev.kgx.model.Mention;
import dev.kgx.model.RelationType;
import dev.kgx.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * General knowledge of who develops well-known products ({@code lexicon/developers.tsv}, from each product's
 * Wikipedia infobox). As a proposer it states {@code develops} when one sentence names a product and its developer
 * and is about making or offering products ({@code lexicon/product-work.txt}: 开发, 推出, 产品, makes, launch…);
 * fact assembly also gives a launch with no agent its developer.
 */
public final class ProductKnowledge implements FactProposer {
    public static final String NAME = "developer-knowledge";
    static final double CONFIDENCE = 0.6;

    private final Map<String, String> developerOf = new HashMap<>();
    private final Pattern productWork;

    private ProductKnowledge() {
        for (String line : Resources.lines("dev/kgx/lexicon/developers.tsv")) {
            String[] f = line.split("\t");
            developerOf.put(f[0], f[1]);
        }
        List<String> alternatives = new ArrayList<>();
        for (String word : Resources.lines("dev/kgx/lexicon/product-work.txt")) {
            String w = word.strip();
            if (dev.kgx.mention.NameKeys.hasHan(w)) {
                alternatives.add(Pattern.quote(w));
            } else if (w.endsWith("*")) {
                alternatives.add("\\b" + Pattern.quote(w.substring(0, w.length() - 1)));
            } else {
                alternatives.add("\\b" + Pattern.quote(w) + "\\b");
            }
        }
        productWork = Pattern.compile(String.join("|", alternatives),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static ProductKnowledge load() {
        return new ProductKnowledge();
    }

    /** The known developer of a product entity, or null. */
    public String developerOf(String productKey) {
        return developerOf.get(productKey);
    }

    @Override
    public List<FactProposal> propose(SentenceContext context) {
        List<FactProposal> out = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Mention m : context.mentions()) {
            if (!context.anaphoric().contains(m)) {
                keys.add(context.owner().get(m).key());
            }
        }
        boolean aboutProducts = false;
        for (String product : keys) {
            String developer = developerOf.get(product);
            if (developer == null || !keys.contains(developer)) {
                continue;
            }
            if (!aboutProducts && !(aboutProducts = productWork.matcher(context.sentence().text()).find())) {
                return out;
            }
            FactType develops = RelationType.DEVELOPS;
            Span s = context.sentence().span();
            out.add(new FactProposal(develops, developer, product, context.sentence(), s, s, NAME, CONFIDENCE, false));
        }
        return out;
    }
}
