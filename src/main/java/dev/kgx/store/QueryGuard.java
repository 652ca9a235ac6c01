package dev.kgx.store;

import dev.kgx.KgxException.QueryException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * What a query may reach. ARQ loads a Java class for a function or property-function IRI in the {@code java:}
 * scheme, and {@code SERVICE <url>} sends the query to another host, with a URL a query can build from stored data
 * ({@code SERVICE ?u}). A kgx query reads the store and nothing else: {@code java:} IRIs are refused when the
 * query names them and unknown at run time (where {@code CALL} could build one), and {@code SERVICE} is refused
 * unless the user allowed it for this query.
 */
final class QueryGuard {
    private static final String JAVA_SCHEME = ARQConstants.javaClassURIScheme;

    private QueryGuard() {
    }

    /** Throws a {@link QueryException} naming what the query may not do. */
    static void check(Query query, boolean allowService) {
        if (query.getQueryPattern() == null) {
            return; // DESCRIBE <iri> without WHERE reads the store only
        }
        Op op = Algebra.compile(query);
        ExprVisitorBase functions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function f && isJava(f.getFunctionIRI())) {
                    throw javaRefused(f.getFunctionIRI());
                }
                if (func instanceof E_Call call && !call.getArgs().isEmpty() && call.getArg(1).isConstant()
                        && call.getArg(1).getConstant().asNode().isURI()) {
                    checkNode(call.getArg(1).getConstant().asNode());
                }
            }
        };
        Walker.walk(op, new OpVisitorBase() {
            // the walker leaves out the expressions of sort keys and aggregates
            @Override
            public void visit(OpOrder order) {
                order.getConditions().forEach(c -> Walker.walk(c.getExpression(), functions));
            }

            @Override
            public void visit(OpGroup group) {
                group.getGroupVars().getExprs().values().forEach(e -> Walker.walk(e, functions));
                group.getAggregators().forEach(a -> {
                    if (a.getAggregator().getExprList() != null) { // COUNT(*) has none
                        a.getAggregator().getExprList().forEach(e -> Walker.walk(e, functions));
                    }
                });
            }

            @Override
            public void visit(OpService service) {
                if (!allowService) {
                    Node where = service.getService();
                    throw new QueryException("SERVICE " + (where.isURI() ? "<" + where.getURI() + ">" : where)
                            + " would send the query to another host, which kgx refuses unless --allow-service "
                            + "is given");
                }
            }

            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(QueryGuard::checkPredicate);
            }

            @Override
            public void visit(OpTriple triple) {
                checkPredicate(triple.getTriple());
            }

            @Override
            public void visit(OpPath path) {
                checkNode(path.getTriplePath().getPredicate());
            }
        }, functions);
    }

    private static void checkPredicate(Triple t) {
        checkNode(t.getPredicate());
    }

    private static void checkNode(Node n) {
        if (n != null && n.isURI() && isJava(n.getURI())) {
            throw javaRefused(n.getURI());
        }
    }

    private static boolean isJava(String iri) {
        return iri.startsWith(JAVA_SCHEME);
    }

    private static QueryException javaRefused(String iri) {
        return new QueryException("<" + iri + "> names a Java class; kgx queries cannot load code");
    }

    /** The standard functions, without loading a class for a {@code java:} IRI (a {@code CALL} can build one). */
    static FunctionRegistry functions() {
        return FUNCTIONS;
    }

    /** The standard property functions, without loading a class for a {@code java:} IRI. */
    static PropertyFunctionRegistry propertyFunctions() {
        return PROPERTY_FUNCTIONS;
    }

    private static final FunctionRegistry FUNCTIONS = new FunctionRegistry() {
        {
            FunctionRegistry standard = FunctionRegistry.get();
            standard.keys().forEachRemaining(k -> put(k, standard.get(k)));
        }

        @Override
        public FunctionFactory get(String uri) {
            return isJava(uri) ? null : super.get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !isJava(uri) && super.isRegistered(uri);
        }
    };

    private static final PropertyFunctionRegistry PROPERTY_FUNCTIONS = new PropertyFunctionRegistry() {
        {
            PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
            standard.keys().forEachRemaining(k -> put(k, standard.get(k)));
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isJava(uri) ? null : super.get(uri);
        }

        @Override
        public boolean manages(String uri) {
            return !isJava(uri) && super.manages(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return !isJava(uri) && super.isRegistered(uri);
        }
    };
}
