#include "render/graphviz_handles.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace actornet::render {
namespace {

// Where the active GraphvizMessages collects text. Graphviz's error hook takes
// no user data, so the sink is process-global (see the header on threads).
std::string* g_message_sink = nullptr;

// The C callbacks below must not let a C++ exception escape into Graphviz.
extern "C" int collect_graphviz_message(char* text) {
  if (g_message_sink == nullptr || text == nullptr) return 0;
  try {
    g_message_sink->append(text);
  } catch (...) {
    // Out of memory while recording a diagnostic: drop the diagnostic.
  }
  return 0;
}

extern "C" int put_dot_text(void* channel, const char* text) {
  try {
    static_cast<std::string*>(channel)->append(text);
    return 0;
  } catch (...) {
    return EOF;
  }
}

extern "C" int flush_dot_text(void*) { return 0; }

// agopen's discipline: Graphviz's default memory and id handling, output
// appended to a std::string passed to agwrite as its channel. Reading is never
// used (graphs are built through the API, not parsed).
Agiodisc_t g_string_io = {nullptr, put_dot_text, flush_dot_text};
Agdisc_t g_string_disc = {&AgMemDisc, &AgIdDisc, &g_string_io};

// cgraph's API predates const: it copies every string it is given (agstrdup),
// so a mutable scratch copy is all it needs.
std::vector<char> c_string(const std::string& text) {
  std::vector<char> out(text.begin(), text.end());
  out.push_back('\0');
  return out;
}

}  // namespace

GraphvizMessages::GraphvizMessages()
    : previous_sink_(g_message_sink), previous_handler_(agseterrf(collect_graphviz_message)) {
  g_message_sink = &text_;
  agreseterrors();
}

GraphvizMessages::~GraphvizMessages() {
  agseterrf(previous_handler_);
  g_message_sink = previous_sink_;
}

// agerrors() returns the highest level reported since agreseterrors().
bool GraphvizMessages::has_errors() const { return agerrors() >= AGERR; }

GraphvizError GraphvizMessages::error(const std::string& what) const {
  std::string detail = text_;
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  if (detail.empty()) detail = "no message from Graphviz";
  return GraphvizError("Graphviz: " + what + ": " + detail);
}

const GraphvizContext& GraphvizContext::process_wide(const GraphvizMessages& messages) {
  static const GraphvizContext context(messages);
  return context;
}

GraphvizContext::GraphvizContext(const GraphvizMessages& messages) : gvc_(gvContext()) {
  if (gvc_ == nullptr) throw messages.error("cannot create a context (gvContext)");
}

GraphvizContext::~GraphvizContext() { gvFreeContext(gvc_); }

std::vector<std::string> GraphvizContext::layout_engines() const {
  int count = 0;
  char** names = gvPluginList(gvc_, "layout", &count, nullptr);
  std::vector<std::string> out;
  for (int i = 0; names != nullptr && i < count; ++i) {
    out.emplace_back(names[i]);
    std::free(names[i]);
  }
  std::free(names);
  std::sort(out.begin(), out.end());
  return out;
}

CGraph::CGraph(const std::string& name, Agdesc_t kind, const GraphvizMessages& messages)
    : graph_(agopen(c_string(name).data(), kind, &g_string_disc)) {
  if (graph_ == nullptr) throw messages.error("cannot create graph '" + name + "' (agopen)");
}

CGraph::~CGraph() { agclose(graph_); }

std::string CGraph::to_dot(const GraphvizMessages& messages) const {
  std::string out;
  if (agwrite(graph_, &out) == EOF) throw messages.error("cannot write DOT (agwrite)");
  return out;
}

GraphLayout::GraphLayout(const GraphvizContext& context, const CGraph& graph,
                         const std::string& engine, const GraphvizMessages& messages)
    : gvc_(context.get()), graph_(graph.get()) {
  // gvLayout returns non-zero only before laying anything out (unknown
  // engine): nothing to free then. An engine that reports an error but
  // returns 0 has built a layout, which must be freed before throwing.
  if (gvLayout(gvc_, graph_, engine.c_str()) != 0) {
    throw messages.error("layout with '" + engine + "' failed");
  }
  if (messages.has_errors()) {
    gvFreeLayout(gvc_, graph_);
    throw messages.error("layout with '" + engine + "' failed");
  }
}

GraphLayout::~GraphLayout() { gvFreeLayout(gvc_, graph_); }

std::string GraphLayout::render(const std::string& format, const GraphvizMessages& messages) const {
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc_, graph_, format.c_str(), &data, &length);
  const std::unique_ptr<char, void (*)(char*)> owned(data, gvFreeRenderData);
  if (rc != 0 || data == nullptr || messages.has_errors()) {
    throw messages.error("rendering as '" + format + "' failed");
  }
  return std::string(data, length);
}

void set_default(Agraph_t* root, int kind, const std::string& name, const std::string& value) {
  agattr(root, kind, c_string(name).data(), c_string(value).data());
}

void set_attribute(void* object, const std::string& name, const std::string& value) {
  agsafeset(object, c_string(name).data(), c_string(value).data(), c_string("").data());
}

void set_html_attribute(Agraph_t* root, void* object, const std::string& name,
                        const std::string& html) {
  // agstrdup_html marks the string as HTML-like in the graph's string
  // dictionary; agsafeset's own agstrdup then shares that marked string.
  char* marked = agstrdup_html(root, c_string(html).data());
  agsafeset(object, c_string(name).data(), marked, c_string("").data());
  agstrfree(root, marked);
}

}  // namespace actornet::render
