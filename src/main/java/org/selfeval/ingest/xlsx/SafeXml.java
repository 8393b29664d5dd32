package org.selfeval.ingest.xlsx;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX for the parts of an uploaded workbook: no DTDs, no external entities, entity references left
 * unexpanded.
 */
public final class SafeXml {

    /**
     * A factory per thread: StAX does not promise that one factory may be shared between threads.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY =
            ThreadLocal.withInitial(SafeXml::newFactory);

    private SafeXml() {}

    public static XMLInputFactory factory() {
        return FACTORY.get();
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
