// RAII owners for the Graphviz C objects the map needs (context, graph,
// layout, rendered buffer) and the capture that turns Graphviz's diagnostics
// into exception messages instead of stderr. Internal to src/render, the only
// place where <gvc.h> and <cgraph.h> are included.
//
// Lifetime rules (Graphviz 2.42, lib/gvc/gvc.h): a layout must be freed
// before its graph is closed, and graphs before the context that laid them
// out. Declare the owners in the order GraphvizMessages, CGraph, GraphLayout
// (the context is process-wide and outlives them) so that C++'s reverse
// destruction order does this. Graphviz keeps global state (error handler,
// string dictionaries, layout statics): use it from one thread at a time.
#pragma once

#include <cgraph.h>
#include <gvc.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace actornet::render {

// Graphviz refused or failed; the message carries Graphviz's own diagnostics.
class GraphvizError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// While alive, every Graphviz warning and error (agerr) goes into text()
// instead of stderr (agseterrf). Restores the previous handler on
// destruction; captures nest (the innermost one receives the messages).
// has_errors() reads Graphviz's global error level, reset when the innermost
// capture was created (agreseterrors).
class GraphvizMessages {
 public:
  GraphvizMessages();
  ~GraphvizMessages();
  GraphvizMessages(const GraphvizMessages&) = delete;
  GraphvizMessages& operator=(const GraphvizMessages&) = delete;

  // Everything Graphviz reported so far, as it would have printed it.
  const std::string& text() const { return text_; }
  // True once Graphviz reported an error (not merely a warning).
  bool has_errors() const;
  // A GraphvizError "<what>: <captured text>" to throw.
  GraphvizError error(const std::string& what) const;

 private:
  std::string text_;
  std::string* previous_sink_;
  agusererrf previous_handler_;
};

// gvContext() / gvFreeContext(): plugins from the installed config6a.
//
// One context serves the whole process (process_wide(), freed at exit).
// Graphviz 2.42's pango text-layout plugin caches a pointer to the last font
// name it measured, and that name lives in the context's font dictionary:
// after gvFreeContext() the next context's text measurement reads freed
// memory (valgrind: invalid read in strcmp under textspan_size). gvContext()
// also leaks its parsed plugin configuration (about 3.6 kB) each time.
class GraphvizContext {
 public:
  // Created on first use with that call's messages; throws GraphvizError if
  // Graphviz cannot create it (and tries again on the next call).
  static const GraphvizContext& process_wide(const GraphvizMessages& messages);
  ~GraphvizContext();
  GraphvizContext(const GraphvizContext&) = delete;
  GraphvizContext& operator=(const GraphvizContext&) = delete;

  GVC_t* get() const { return gvc_; }
  // Names of the installed layout engines (gvPluginList), sorted.
  std::vector<std::string> layout_engines() const;

 private:
  explicit GraphvizContext(const GraphvizMessages& messages);
  GVC_t* gvc_;
};

// agopen() / agclose() of a root graph whose I/O discipline writes into a
// std::string, so that to_dot() needs no FILE*.
class CGraph {
 public:
  CGraph(const std::string& name, Agdesc_t kind, const GraphvizMessages& messages);
  ~CGraph();
  CGraph(const CGraph&) = delete;
  CGraph& operator=(const CGraph&) = delete;

  Agraph_t* get() const { return graph_; }
  // The graph in DOT (agwrite), attributes as currently set.
  std::string to_dot(const GraphvizMessages& messages) const;

 private:
  Agraph_t* graph_;
};

// gvLayout() / gvFreeLayout(). Throws GraphvizError if the engine fails.
class GraphLayout {
 public:
  GraphLayout(const GraphvizContext& context, const CGraph& graph, const std::string& engine,
              const GraphvizMessages& messages);
  ~GraphLayout();
  GraphLayout(const GraphLayout&) = delete;
  GraphLayout& operator=(const GraphLayout&) = delete;

  // gvRenderData() into a std::string; the C buffer is released with
  // gvFreeRenderData() before returning. `format` e.g. "svg".
  std::string render(const std::string& format, const GraphvizMessages& messages) const;

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

// Declares the default of an attribute for every object of `kind` (AGRAPH,
// AGNODE, AGEDGE) of `root`: agattr, written as "node [name=value]" in DOT.
void set_default(Agraph_t* root, int kind, const std::string& name, const std::string& value);
// Sets an attribute on a graph, node or edge, declaring it (with an empty
// default) on first use: cgraph's agsafeset with std::string arguments.
void set_attribute(void* object, const std::string& name, const std::string& value);
// Same for an HTML-like label value (agstrdup_html), e.g. "<<B>x</B>>" minus
// the outer angle brackets. The caller escapes data in `html`.
void set_html_attribute(Agraph_t* root, void* object, const std::string& name,
                        const std::string& html);

}  // namespace actornet::render
