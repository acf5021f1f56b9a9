package dev.dockwright.report;

import java.io.PrintWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An indented XML document written with the JDK's StAX writer (which does the escaping). */
final class XmlOutput implements AutoCloseable {

  private final XMLStreamWriter xml;
  private int depth;
  private boolean hadChild;

  XmlOutput(PrintWriter out) {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens an element with attributes given as name, value pairs. */
  XmlOutput start(String name, String... attributes) {
    return element(name, false, attributes);
  }

  /** An element without children. */
  XmlOutput empty(String name, String... attributes) {
    return element(name, true, attributes);
  }

  XmlOutput text(String text) {
    try {
      xml.writeCharacters(Text.xml(text));
      hadChild = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Closes the innermost element; {@code inline} when it only holds text. */
  XmlOutput end(boolean inline) {
    try {
      depth--;
      if (!inline) {
        newline();
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOutput end() {
    return end(false);
  }

  private XmlOutput element(String name, boolean empty, String... attributes) {
    try {
      newline();
      if (empty) {
        xml.writeEmptyElement(name);
      } else {
        xml.writeStartElement(name);
        depth++;
      }
      for (int i = 0; i < attributes.length; i += 2) {
        xml.writeAttribute(attributes[i], Text.xml(attributes[i + 1]));
      }
      hadChild = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void newline() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  @Override
  public void close() {
    try {
      xml.writeEndDocument();
      xml.writeCharacters("\n");
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
