package org.selfeval.cli;

/**
 * docx4j builds its JAXB context (about a second, the bulk of a cold start) when its {@code Context} class is
 * first initialised. Starting that on a daemon thread as soon as the pipeline is wired lets it overlap with
 * reading the first workbook; the renderer, when it gets there, waits on the JVM's class-initialisation lock
 * for whatever is left. Nothing else changes: the same context is built once either way.
 */
final class JaxbWarmUp {

    private static final String CONTEXT_CLASS = "org.docx4j.jaxb.Context";

    private JaxbWarmUp() {
    }

    static void start() {
        Thread t = new Thread(JaxbWarmUp::initialise, "docx4j-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void initialise() {
        try {
            Class.forName(CONTEXT_CLASS, true, JaxbWarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the renderer will meet (and report) the same problem when it needs the context
        }
    }
}
