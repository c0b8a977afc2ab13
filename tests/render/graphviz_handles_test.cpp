#include "render/graphviz_handles.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace actornet::render {
namespace {

using testing::internal::CaptureStderr;
using testing::internal::GetCapturedStderr;

TEST(GraphvizMessages, ErrorsAndWarningsGoToTheCaptureNotStderr) {
  CaptureStderr();
  {
    const GraphvizMessages messages;
    agerr(AGWARN, "careful %d\n", 1);
    EXPECT_FALSE(messages.has_errors());
    agerr(AGERR, "boom %d\n", 7);
    EXPECT_TRUE(messages.has_errors());
    EXPECT_EQ(messages.text(), "Warning: careful 1\nError: boom 7\n");
    EXPECT_EQ(std::string(messages.error("doing x").what()),
              "Graphviz: doing x: Warning: careful 1\nError: boom 7");
  }
  EXPECT_EQ(GetCapturedStderr(), "");
}

TEST(GraphvizMessages, CapturesNestAndRestoreTheDefaultHandler) {
  CaptureStderr();
  {
    const GraphvizMessages outer;
    {
      const GraphvizMessages inner;
      agerr(AGERR, "inner\n");
      EXPECT_EQ(inner.text(), "Error: inner\n");
    }
    agerr(AGERR, "outer\n");
    EXPECT_EQ(outer.text(), "Error: outer\n");
  }
  EXPECT_EQ(GetCapturedStderr(), "");
  // With no capture left, Graphviz prints to stderr again.
  CaptureStderr();
  agerr(AGERR, "loose\n");
  EXPECT_EQ(GetCapturedStderr(), "Error: loose\n");
  agreseterrors();
}

TEST(GraphvizHandles, DotOfABuiltGraph) {
  const GraphvizMessages messages;
  const CGraph graph("t", Agundirected, messages);
  Agnode_t* a = agnode(graph.get(), const_cast<char*>("a"), 1);
  Agnode_t* b = agnode(graph.get(), const_cast<char*>("b"), 1);
  agedge(graph.get(), a, b, nullptr, 1);
  // Declared explicitly: gvContext() declares it for every later graph, so
  // the output would otherwise depend on the tests run before this one.
  set_default(graph.get(), AGNODE, "label", "\\N");
  set_default(graph.get(), AGNODE, "shape", "box");
  set_attribute(a, "label", "x \"y\"");
  set_html_attribute(graph.get(), graph.get(), "label", "<B>t</B>");
  EXPECT_EQ(graph.to_dot(messages),
            "graph t {\n"
            "\tgraph [label=<<B>t</B>>];\n"
            "\tnode [label=\"\\N\",\n"
            "\t\tshape=box\n"
            "\t];\n"
            "\ta\t[label=\"x \\\"y\\\"\"];\n"
            "\ta -- b;\n"
            "}\n");
}

TEST(GraphvizHandles, LaysOutAndRendersSvg) {
  const GraphvizMessages messages;
  const GraphvizContext& context = GraphvizContext::process_wide(messages);
  const CGraph graph("t", Agundirected, messages);
  agnode(graph.get(), const_cast<char*>("a"), 1);
  const GraphLayout layout(context, graph, "neato", messages);
  const std::string svg = layout.render("svg", messages);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("<title>a</title>"), std::string::npos);
}

TEST(GraphvizHandles, InstalledLayoutEnginesAreListedSorted) {
  const GraphvizMessages messages;
  const std::vector<std::string> engines = GraphvizContext::process_wide(messages).layout_engines();
  EXPECT_TRUE(std::is_sorted(engines.begin(), engines.end()));
  for (const char* engine : {"dot", "neato", "fdp"}) {
    EXPECT_TRUE(std::binary_search(engines.begin(), engines.end(), engine)) << engine;
  }
}

TEST(GraphvizHandles, FailuresThrowWithGraphvizsOwnMessage) {
  CaptureStderr();
  const GraphvizMessages messages;
  const GraphvizContext& context = GraphvizContext::process_wide(messages);
  const CGraph graph("t", Agundirected, messages);
  try {
    const GraphLayout layout(context, graph, "no-such-engine", messages);
    ADD_FAILURE() << "no exception";
  } catch (const GraphvizError& e) {
    EXPECT_NE(std::string(e.what()).find("\"no-such-engine\" not recognized"), std::string::npos)
        << e.what();
  }
  const GraphvizMessages render_messages;
  const GraphLayout layout(context, graph, "neato", render_messages);
  EXPECT_THROW(layout.render("no-such-format", render_messages), GraphvizError);
  EXPECT_EQ(GetCapturedStderr(), "");
}

}  // namespace
}  // namespace actornet::render
