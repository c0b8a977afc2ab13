#include "render/map_text.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace actornet::render {
namespace {

const std::string kEnDash = "\xE2\x80\x93";

// What each escaper must write so that Graphviz 2.42/2.43 shows the input
// literally; the rendered result is checked end to end in
// svg_map_inputs_test.cpp.
TEST(MapText, EscapesPerGraphvizStringKind) {
  struct Case {
    std::string input, html, plain, tooltip;
  };
  const std::vector<Case> cases = {
      {"Russia", "Russia", "Russia", "Russia"},
      {"A & B", "A &amp; B", "A &amp; B", "A &amp; B"},
      {"<b>\"q\"'", "&lt;b&gt;&quot;q&quot;&#39;", "<b>\"q\"'", "<b>\"q\"'"},
      {"\\N", "\\\\N", "\\\\N", "\\\\\\\\N"},
      {"two\nlines", "two lines", "two lines", "two&#10;lines"},
      {"tab\t\x01", "tab  ", "tab  ", "tab  "},
      {"T\xC3\xBCrkiye", "T\xC3\xBCrkiye", "T\xC3\xBCrkiye", "T\xC3\xBCrkiye"},  // valid UTF-8 kept
      {"bad\xC3(", "bad\xEF\xBF\xBD(", "bad\xEF\xBF\xBD(", "bad\xEF\xBF\xBD("},
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
       "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a UTF-16 surrogate is not UTF-8
  };
  for (const Case& c : cases) {
    EXPECT_EQ(escape_html(c.input), c.html) << c.input;
    EXPECT_EQ(escape_plain_label(c.input), c.plain) << c.input;
    EXPECT_EQ(escape_tooltip(c.input), c.tooltip) << c.input;
  }
}

TEST(MapText, Numbers) {
  const std::vector<std::pair<std::int64_t, std::string>> thousands = {
      {0, "0"},
      {999, "999"},
      {1000, "1,000"},
      {1234, "1,234"},
      {1234567, "1,234,567"},
      {-1234, "-1,234"},
      {std::numeric_limits<std::int64_t>::min(), "-9,223,372,036,854,775,808"}};
  for (const auto& [n, text] : thousands) EXPECT_EQ(with_thousands(n), text);

  const std::vector<std::pair<double, std::string>> values = {
      {80, "80"},     {1234, "1,234"}, {0.0523, "0.0523"}, {1.2345, "1.23"},
      {123.4, "123"}, {0.30, "0.3"},   {-0.5, "-0.5"},     {4.70095, "4.7"}};
  for (const auto& [v, text] : values) EXPECT_EQ(format_value(v), text) << v;

  EXPECT_EQ(format_fixed(4.70095, 2), "4.70");
  EXPECT_EQ(format_fixed(0.7141428, 3), "0.714");
}

TEST(MapText, CaptionNamesCorpusSizeDatesAndCounting) {
  struct Case {
    network::CorpusSummary corpus;
    std::string caption;
  };
  const std::vector<Case> cases = {
      {{5, 1234, "sentence", "binary", "2024-03", "2025-07", "", false, ""},
       "5 documents, 1,234 sentences, 2024-03 to 2025-07; binary counting per sentence"},
      {{1, 1, "paragraph", "full", "2024-03-01", "2024-03-01", "", false, ""},
       "1 document, 1 paragraph, 2024-03-01; full counting per paragraph"},
      {{3, 40, "window:3", "binary", "2024", "", "", false, ""},
       "3 documents, 40 windows of 3 sentences, from 2024; binary counting per window of 3 "
       "sentences"},
      {{2, 2, "document", "binary", "", "2025-01", "", false, ""},
       "2 documents, 2 documents, until 2025-01; binary counting per document"},
      {{}, "0 documents, 0 sentences; binary counting per sentence"},
  };
  for (const Case& c : cases) EXPECT_EQ(caption_text(c.corpus), c.caption);
}

TEST(MapText, LegendsNameTheEncodedQuantities) {
  EXPECT_EQ(node_size_legend("PageRank", {}), "node size: uniform");
  EXPECT_EQ(node_size_legend("PageRank", {0.2, 0.2, false}), "node size: PageRank (all 0.2)");
  EXPECT_EQ(node_size_legend("degree", {1, 6, false}), "node size: degree (1" + kEnDash + "6)");
  EXPECT_EQ(edge_width_legend(network::WeightKind::kCount, {}), "edge width: no ties");
  EXPECT_EQ(edge_width_legend(network::WeightKind::kAssociationStrength, {0.5, 4.7, false}),
            "edge width: association strength (0.5" + kEnDash + "4.7)");
  EXPECT_EQ(edge_width_legend(network::WeightKind::kCosine, {0.25, 0.25, false}),
            "edge width: cosine similarity (all 0.25)");
}

TEST(MapText, Tooltips) {
  const network::ActorNode russia{"RUS", "Russia", "state", 1500, 1720};
  EXPECT_EQ(node_tooltip(russia, "PageRank", true, 0.312),
            "Russia (RUS)\nunits: 1,500, mentions: 1,720\nPageRank: 0.312");
  EXPECT_EQ(node_tooltip(russia, "PageRank", false, 0.0),
            "Russia (RUS)\nunits: 1,500, mentions: 1,720");

  network::Tie tie;
  tie.count = 80;
  tie.association_strength = 4.70095;
  tie.jaccard = 0.38835;  // 80 / (140 + 150 - 80) = 80 / 206
  EXPECT_EQ(tie_tooltip("Iran", "Russia", tie, network::WeightKind::kCount),
            "Iran " + kEnDash + " Russia: count 80, association 4.70");
  EXPECT_EQ(tie_tooltip("Iran", "Russia", tie, network::WeightKind::kJaccard),
            "Iran " + kEnDash + " Russia: count 80, association 4.70, jaccard 0.388");
}

TEST(MapText, HeadingEscapesDataAndDrawsOneSamplePerDistinctWidth) {
  Heading heading;
  heading.title = "A & <B>";
  heading.caption = "c";
  heading.node_legend = "n";
  heading.edge_legend = "e";
  heading.tie_colour = "#0072B2";
  const auto bars = [](const std::string& html) {
    std::size_t n = 0;
    for (std::size_t p = html.find("SIDES=\"B\""); p != std::string::npos;
         p = html.find("SIDES=\"B\"", p + 1)) {
      ++n;
    }
    return n;
  };
  std::string html = heading_html(heading);
  EXPECT_NE(html.find("<B>A &amp; &lt;B&gt;</B>"), std::string::npos) << html;
  EXPECT_EQ(bars(html), 0u);  // no ties, no samples
  heading.thin_pen_width = heading.thick_pen_width = 3;
  heading.thin_label = heading.thick_label = "5";
  EXPECT_EQ(bars(heading_html(heading)), 1u);
  heading.thin_pen_width = 1;
  heading.thin_label = "2";
  heading.thick_pen_width = 9;
  heading.thick_label = "<80>";
  html = heading_html(heading);
  EXPECT_EQ(bars(html), 2u);
  EXPECT_NE(html.find("BORDER=\"1\" COLOR=\"#0072B2\" WIDTH=\"40\">2</TD>"), std::string::npos);
  EXPECT_NE(html.find("BORDER=\"9\" COLOR=\"#0072B2\" WIDTH=\"40\">&lt;80&gt;</TD>"),
            std::string::npos);
}

}  // namespace
}  // namespace actornet::render
