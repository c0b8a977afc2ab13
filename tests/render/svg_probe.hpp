// Test-only reading of the SVG that Graphviz writes: a strict little XML
// tokenizer (enough to prove well-formedness of this output without an XML
// library) and the per-node / per-edge facts the map tests check.
#pragma once

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace actornet::render::test {

struct XmlEvent {
  enum Kind { kStart, kEnd, kText } kind = kText;
  std::string name;                               // element name (start/end)
  std::map<std::string, std::string> attributes;  // decoded values (start)
  std::string text;                               // decoded character data (text)
};

inline std::string utf8_encode(unsigned long code) {
  std::string out;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

// Character and entity references decoded; "" plus *ok = false when a '&'
// does not start a well-formed reference (&name; &#N; &#xH;).
inline std::string xml_decode(const std::string& raw, bool* ok) {
  static const std::map<std::string, std::string> kNamed = {
      {"lt", "<"}, {"gt", ">"}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}};
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    const std::size_t semi = raw.find(';', i);
    if (semi == std::string::npos) return *ok = false, "";
    const std::string ref = raw.substr(i + 1, semi - i - 1);
    if (kNamed.count(ref) != 0) {
      out += kNamed.at(ref);
    } else if (ref.size() > 1 && ref[0] == '#') {
      const bool hex = ref[1] == 'x';
      char* end = nullptr;
      const long code = std::strtol(ref.c_str() + (hex ? 2 : 1), &end, hex ? 16 : 10);
      if (*end != '\0' || code <= 0 || code > 0x10FFFF) return *ok = false, "";
      out += utf8_encode(static_cast<unsigned long>(code));
    } else {
      return *ok = false, "";
    }
    i = semi;
  }
  return out;
}

// Tokenizes `svg`; on the first violation of well-formedness (unbalanced or
// misnested tags, unquoted attribute, stray '<' or '&', content outside the
// one root element) sets *error and returns what was read so far.
inline std::vector<XmlEvent> parse_xml(const std::string& svg, std::string* error) {
  std::vector<XmlEvent> events;
  std::vector<std::string> open;
  int roots = 0;
  bool ok = true;
  std::size_t i = 0;
  const auto fail = [&](const std::string& why) {
    *error = why + " at byte " + std::to_string(i);
    return events;
  };
  while (i < svg.size()) {
    if (svg[i] != '<') {
      const std::size_t next = svg.find('<', i);
      const std::string raw = svg.substr(i, next - i);
      XmlEvent text{XmlEvent::kText, "", {}, xml_decode(raw, &ok)};
      if (!ok) return fail("bad reference in text");
      if (open.empty() && raw.find_first_not_of(" \t\r\n") != std::string::npos) {
        return fail("text outside the root element");
      }
      if (!open.empty()) events.push_back(text);
      i = next == std::string::npos ? svg.size() : next;
      continue;
    }
    for (const char* skip : {"<?", "<!--", "<!DOCTYPE"}) {
      const std::string opener(skip);
      if (svg.compare(i, opener.size(), opener) != 0) continue;
      const std::string closer = opener == "<?" ? "?>" : opener == "<!--" ? "-->" : ">";
      const std::size_t end = svg.find(closer, i);
      if (end == std::string::npos) return fail("unterminated " + opener);
      i = end + closer.size();
      break;
    }
    if (i >= svg.size() || svg[i] != '<' || svg[i + 1] == '?' || svg[i + 1] == '!') continue;
    const std::size_t close = svg.find('>', i);
    if (close == std::string::npos) return fail("unterminated tag");
    std::string tag = svg.substr(i + 1, close - i - 1);
    i = close + 1;
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return fail("misnested </" + tag + ">");
      events.push_back({XmlEvent::kEnd, tag.substr(1), {}, ""});
      open.pop_back();
      continue;
    }
    const bool self_closing = tag.back() == '/';
    if (self_closing) tag.pop_back();
    XmlEvent start{XmlEvent::kStart, tag.substr(0, tag.find_first_of(" \t\n")), {}, ""};
    std::size_t p = start.name.size();
    while ((p = tag.find_first_not_of(" \t\r\n", p)) != std::string::npos) {
      const std::size_t eq = tag.find('=', p);
      if (eq == std::string::npos || eq + 1 >= tag.size() || tag[eq + 1] != '"') {
        return fail("unquoted attribute in <" + start.name + ">");
      }
      const std::size_t end = tag.find('"', eq + 2);
      if (end == std::string::npos) return fail("unterminated attribute value");
      const std::string raw = tag.substr(eq + 2, end - eq - 2);
      if (raw.find('<') != std::string::npos) return fail("'<' in attribute value");
      start.attributes[tag.substr(p, eq - p)] = xml_decode(raw, &ok);
      if (!ok) return fail("bad reference in attribute");
      p = end + 1;
    }
    if (open.empty() && ++roots > 1) return fail("second root element");
    events.push_back(start);
    if (self_closing) {
      events.push_back({XmlEvent::kEnd, start.name, {}, ""});
    } else {
      open.push_back(start.name);
    }
  }
  if (!open.empty()) *error = "unclosed <" + open.back() + ">";
  if (roots == 0) *error = "no root element";
  return events;
}

// One <text> element: its content, its attributes, and the class of the
// node/edge group it lies in ("" for the graph label).
struct SvgText {
  std::string text;
  std::map<std::string, std::string> attributes;
  std::string group;
};

// What one <g class="node"> or <g class="edge"> holds.
struct SvgItem {
  std::string title;                         // node name, or "A--B" for an edge
  std::string tooltip;                       // xlink:title of its anchor
  std::map<std::string, std::string> shape;  // attributes of its ellipse or path
  std::vector<std::string> texts;            // its <text> contents
};

// Every <text>, in document order.
inline std::vector<SvgText> svg_texts(const std::vector<XmlEvent>& events) {
  std::vector<SvgText> out;
  std::vector<const XmlEvent*> stack;
  std::string group;
  for (const XmlEvent& e : events) {
    if (e.kind == XmlEvent::kStart) {
      stack.push_back(&e);
      const auto cls = e.attributes.find("class");
      if (e.name == "g" && cls != e.attributes.end() && cls->second != "graph") group = cls->second;
      if (e.name == "text") out.push_back({"", e.attributes, group});
    } else if (e.kind == XmlEvent::kEnd) {
      const auto cls = stack.back()->attributes.find("class");
      if (e.name == "g" && cls != stack.back()->attributes.end() && cls->second == group)
        group = "";
      stack.pop_back();
    } else if (!stack.empty() && stack.back()->name == "text") {
      out.back().text += e.text;
    }
  }
  return out;
}

// The groups of class `kind` ("node" or "edge") in document order.
inline std::vector<SvgItem> svg_items(const std::vector<XmlEvent>& events,
                                      const std::string& kind) {
  std::vector<SvgItem> items;
  std::vector<std::string> stack;  // open element names
  std::size_t group_depth = 0;     // stack size at the matching <g>, 0 outside
  for (const XmlEvent& e : events) {
    if (e.kind == XmlEvent::kStart) {
      stack.push_back(e.name);
      const auto cls = e.attributes.find("class");
      if (group_depth == 0 && e.name == "g" && cls != e.attributes.end() && cls->second == kind) {
        items.emplace_back();
        group_depth = stack.size();
      } else if (group_depth > 0 && e.name == "a") {
        const auto title = e.attributes.find("xlink:title");
        if (title != e.attributes.end()) items.back().tooltip = title->second;
      } else if (group_depth > 0 && (e.name == "ellipse" || e.name == "path")) {
        items.back().shape = e.attributes;
      } else if (group_depth > 0 && e.name == "text") {
        items.back().texts.emplace_back();
      }
    } else if (e.kind == XmlEvent::kEnd) {
      if (stack.size() == group_depth) group_depth = 0;
      stack.pop_back();
    } else if (group_depth > 0 && stack.back() == "title") {
      items.back().title += e.text;
    } else if (group_depth > 0 && stack.back() == "text") {
      items.back().texts.back() += e.text;
    }
  }
  return items;
}

}  // namespace actornet::render::test
