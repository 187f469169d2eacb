package dev.patina.io.meta;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads generation text from an XMP packet: dc:description, exif:UserComment, xmp:CreatorTool and
 * the other simple properties, whether written as elements (with rdf:Alt/rdf:li) or as attributes.
 * External entities and DOCTYPEs are refused: XMP never needs them, and they are an attack vector.
 */
final class XmpReader {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private XmpReader() {}

    static void read(String xmp, String carrier, RawMetadata out) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throw on fatal errors, print nothing
            String trimmed = xmp.trim();
            int start = trimmed.indexOf('<');
            doc = b.parse(new InputSource(new StringReader(start > 0 ? trimmed.substring(start) : trimmed)));
        } catch (Exception e) {
            out.problem(carrier + ": XMP packet is not well-formed XML (" + e.getMessage() + ")");
            return;
        }
        NodeList descriptions = doc.getElementsByTagNameNS(RDF, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Element d = (Element) descriptions.item(i);
            NamedNodeMap attrs = d.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                Node attr = attrs.item(a);
                if (RDF.equals(attr.getNamespaceURI()) || attr.getPrefix() == null || "xmlns".equals(attr.getPrefix())) continue;
                out.add(attr.getPrefix() + ":" + attr.getLocalName(), attr.getNodeValue(), carrier);
            }
            for (Node c = d.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && e.getPrefix() != null) {
                    out.add(e.getPrefix() + ":" + e.getLocalName(), firstValue(e), carrier);
                }
            }
        }
    }

    /** The text of a simple property, or of the first rdf:li of an Alt/Seq/Bag. */
    private static String firstValue(Element e) {
        NodeList items = e.getElementsByTagNameNS(RDF, "li");
        if (items.getLength() > 0) return items.item(0).getTextContent();
        return e.getTextContent().trim();
    }
}
