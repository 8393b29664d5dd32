package org.selfeval.ingest.xlsx;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML part of a workbook, read forward with StAX. A DOCTYPE or an entity reference ends the
 * read (POI refuses those, so only its path may report them); every {@code c} element met is
 * counted, as {@link WorkbookCensus} does.
 */
final class XmlPart implements AutoCloseable {

    private final String name;
    private final XMLStreamReader xml;
    private long elementsNamedC;

    private XmlPart(String name, XMLStreamReader xml) {
        this.name = name;
        this.xml = xml;
    }

    static XmlPart open(String name, InputStream in) throws XMLStreamException {
        return new XmlPart(name, SafeXml.factory().createXMLStreamReader(in));
    }

    /** Moves to the root element and checks its namespace (strict OOXML uses other ones). */
    XmlPart root(String namespace, String localName) throws XMLStreamException, NotStreamable {
        while (next() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.END_DOCUMENT)
                throw new NotStreamable(name + " is empty");
        }
        if (!namespace.equals(xml.getNamespaceURI()) || !localName.equals(xml.getLocalName())) {
            throw new NotStreamable(
                    name + " has root {" + xml.getNamespaceURI() + "}" + xml.getLocalName());
        }
        return this;
    }

    int next() throws XMLStreamException, NotStreamable {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new NotStreamable(name + " has a DOCTYPE or an entity reference");
        }
        if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c"))
            elementsNamedC++;
        return event;
    }

    /** Advances to the next start tag inside the current element; false at its end tag. */
    boolean nextChild() throws XMLStreamException, NotStreamable {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) return true;
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT)
                return false;
        }
    }

    /** The text of the current element, which must hold no elements. */
    String text() throws XMLStreamException, NotStreamable {
        StringBuilder sb = null;
        String only = "";
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS,
                        XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE -> {
                    String t = xml.getText();
                    if (sb != null) sb.append(t);
                    else if (only.isEmpty()) only = t;
                    else sb = new StringBuilder(only).append(t);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb != null ? sb.toString() : only;
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {}
                default -> throw new NotStreamable(name + ": element where text was expected");
            }
        }
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException, NotStreamable {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (event == XMLStreamConstants.END_DOCUMENT)
                throw new NotStreamable(name + " ends early");
        }
    }

    /** Reads to the end, so that a malformed tail is noticed as POI would notice it. */
    void finish() throws XMLStreamException, NotStreamable {
        while (next() != XMLStreamConstants.END_DOCUMENT) {
            // nothing: only well-formedness and DOCTYPEs matter here
        }
    }

    boolean is(String localName) {
        return xml.getLocalName().equals(localName);
    }

    boolean is(String namespace, String localName) {
        return xml.getLocalName().equals(localName) && namespace.equals(xml.getNamespaceURI());
    }

    /** An unprefixed attribute, null when absent. */
    String attribute(String localName) {
        return xml.getAttributeValue(null, localName);
    }

    String attribute(String namespace, String localName) {
        return xml.getAttributeValue(namespace, localName);
    }

    String name() {
        return name;
    }

    long elementsNamedC() {
        return elementsNamedC;
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
