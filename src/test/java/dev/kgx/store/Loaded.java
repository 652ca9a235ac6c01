package dev.kgx.store;

/** A class a query must not be able to load: loading it sets a system property the test reads. */
public final class Loaded {
    static final String FLAG = "kgx.test.classLoadedByQuery";

    static {
        System.setProperty(FLAG, "true");
    }

    private Loaded() {
    }
}
