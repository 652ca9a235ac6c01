package dev.kgx.cli;

import dev.kgx.KgxException.InputException;
import dev.kgx.eval.GoldStandard;
import dev.kgx.eval.ScoreReport;
import dev.kgx.eval.Scorer;
import dev.kgx.nlp.NlpModels;
import dev.kgx.store.KgxStore;
import dev.kgx.store.QueryLimits;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kgx eval GOLD.json}: the store scored against a gold annotation, as the team's scorer scores it. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the store (or an exported graph file) against a gold annotation in the kg-gold/1 "
                + "format (README, Evaluating on your own articles): entities per document with their type, "
                + "relations and events over the corpus, with the rules and output of ../shared/eval/score.py.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.json", description = "the gold annotation")
    Path gold;

    @Option(names = "--graph", paramLabel = "FILE",
            description = "score an RDF file (TriG, N-Quads, Turtle, N-Triples, JSON-LD) instead of the store")
    Path graphFile;

    @Option(names = "--docs", paramLabel = "ID,ID", description = "score only these gold document ids")
    String docs;

    @Option(names = {"-v", "--errors"}, description = "list every missed and spurious entity and relation")
    boolean errors;

    @Option(names = "--json", description = "the figures as JSON")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            throw new InputException(gold + ": no such file");
        }
        GoldStandard standard = GoldStandard.read(gold);
        Graph graph = graphFile != null ? readFile(graphFile) : readStore();
        try (InputStream ontology = EvalCommand.class.getResourceAsStream("/dev/kgx/ontology/kgx.ttl")) {
            Model m = ModelFactory.createModelForGraph(graph);
            RDFDataMgr.read(m, ontology, org.apache.jena.riot.Lang.TURTLE);
        }
        List<String> scope = docs == null ? List.of() : Arrays.stream(docs.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (String d : scope) {
            if (!standard.docs().containsKey(d)) {
                throw new InputException("--docs: " + d + " is no document of " + gold + " (" + String.join(", ",
                        standard.docs().keySet()) + ")");
            }
        }
        List<Scorer.Statement> statements = graph.find().mapWith(t -> new Scorer.Statement(term(t.getSubject()),
                term(t.getPredicate()), term(t.getObject()), t.getObject().isLiteral())).toList();
        // HanLP's converter (loads in well under a second; no NLP model is loaded)
        Scorer.Result result = new Scorer(NlpModels.shared().scriptConverter()::toSimplified)
                .score(statements, standard, scope);
        spec.commandLine().getOut().print(json ? ScoreReport.json(result) : ScoreReport.text(result, errors));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static String term(org.apache.jena.graph.Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel();
    }

    private Graph readStore() {
        try (KgxStore store = KgxStore.openExisting(storeOptions.store())) {
            return store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", QueryLimits.DEFAULT,
                    qe -> qe.execConstruct().getGraph());
        }
    }

    /** Every triple of the file, its named graphs' included. */
    private static Graph readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        try {
            RDFDataMgr.read(ds, file.toString());
        } catch (RiotException e) {
            throw new InputException(file + ": not RDF kgx can read (" + e.getMessage() + ")", e);
        }
        Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }
}
