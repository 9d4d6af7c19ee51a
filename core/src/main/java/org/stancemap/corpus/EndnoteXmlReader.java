package org.stancemap.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams EndNote's XML export ({@code <xml><records><record>...}) through the JDK's StAX parser,
 * with DTDs and external entities off. Each {@code <record>} is a record; text is taken whatever
 * {@code <style>} elements wrap it. Fields: id {@code rec-number}; type {@code ref-type}'s
 * {@code name}; title {@code titles/title}; abstract {@code abstract}; DOI the first line of
 * {@code electronic-resource-num} holding {@code 10.}; date {@code dates/pub-dates/date}, else
 * {@code dates/year}; venue {@code periodical/full-title}, else {@code titles/secondary-title}. A
 * record without abstract is title-only, without either it is {@link Ingested.Rejected}; an XML
 * error rejects the rest of the input as one item naming its line. Not thread-safe.
 */
public final class EndnoteXmlReader extends LookaheadSource {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final InputStream in;
    private final XMLStreamReader xml;
    private boolean failed;

    /** Reads {@code in} (closed by {@link #close()}); {@code name} is used in sources and rejects. */
    public EndnoteXmlReader(InputStream in, String name) throws IOException {
        super(name);
        this.in = in;
        try {
            this.xml = FACTORY.createXMLStreamReader(in, "UTF-8");
        } catch (XMLStreamException e) {
            throw new CorpusFormatException(name + ": cannot read as XML: " + e.getMessage());
        }
    }

    @Override
    Ingested readNext() {
        if (failed) {
            return null;
        }
        long line = 1;
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("record")) {
                    line = xml.getLocation().getLineNumber();
                    return record(line);
                }
            }
            return null;
        } catch (XMLStreamException e) {
            failed = true;
            long at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            return new Ingested.Rejected(new Reject(name(), at, "malformed XML, the rest of the input cannot be read: "
                    + e.getMessage(), ""));
        }
    }

    private Ingested record(long line) throws XMLStreamException {
        Map<String, StringBuilder> fields = new HashMap<>();
        Deque<String> path = new ArrayDeque<>();
        String type = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String n = xml.getLocalName();
                if (n.equals("ref-type")) {
                    type = xml.getAttributeValue(null, "name");
                }
                if (!n.equals("style")) {
                    path.addLast(n);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("record")) {
                    break;
                }
                if (!xml.getLocalName().equals("style")) {
                    path.pollLast();
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                fields.computeIfAbsent(String.join("/", path), k -> new StringBuilder()).append(xml.getText());
            }
        }
        RecordDraft d = new RecordDraft();
        d.set(RecordDraft.Field.ID, get(fields, "rec-number"));
        d.set(RecordDraft.Field.TYPE, type);
        d.set(RecordDraft.Field.TITLE, get(fields, "titles/title"));
        d.set(RecordDraft.Field.ABSTRACT, get(fields, "abstract"));
        d.set(RecordDraft.Field.DOI, doi(get(fields, "electronic-resource-num")));
        d.set(RecordDraft.Field.PUBLISHED, PublicationDate.lenient(get(fields, "dates/pub-dates/date")));
        d.set(RecordDraft.Field.PUBLISHED, PublicationDate.lenient(get(fields, "dates/year")));
        d.set(RecordDraft.Field.VENUE, get(fields, "periodical/full-title"));
        d.set(RecordDraft.Field.VENUE, get(fields, "titles/secondary-title"));
        String title = get(fields, "titles/title");
        return d.toIngested(name(), line, "<record> " + (title == null ? "" : title));
    }

    /** A field's text; EndNote's {@code &#xD;} value separators become spaces. */
    private static String get(Map<String, StringBuilder> fields, String key) {
        StringBuilder b = fields.get(key);
        return b == null ? null : b.toString().replaceAll("\\s+", " ").strip();
    }

    private static String doi(String s) {
        if (s == null) {
            return null;
        }
        for (String part : s.split(" ")) {
            int at = part.indexOf("10.");
            if (at >= 0) {
                return part.substring(at);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing releases parser state only; the stream is closed next
        }
        in.close();
    }
}
