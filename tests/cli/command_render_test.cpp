// Tests for cli/command_render.cpp's reading of node sizes from
// output/actors.csv: values are parsed with std::from_chars (C locale form,
// whatever LC_NUMERIC says) and must fill the whole field; anything else is a
// DataError naming actors.csv and the line.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/stages.hpp"
#include "io/errors.hpp"
#include "network/graphml.hpp"
#include "render/svg_map.hpp"
#include "support/temp_dir.hpp"

namespace actornet::cli {
namespace {

using actornet::testing::TempDir;

//   IRN ---3--- RUS      (N = 5 sentences; IRN in 4, RUS in 3)
network::Network two_actors() {
  network::Network net;
  net.corpus.documents = 2;
  net.corpus.units = 5;
  net.actors = {{"IRN", "Iran", "state", 4, 4}, {"RUS", "Russia", "state", 3, 3}};
  network::Tie tie;
  tie.a = 0;
  tie.b = 1;
  tie.count = 3;
  tie.units = 3;
  net.ties = {tie};
  network::compute_normalised_weights(net);
  return net;
}

// A project folder with graphs/network.graphml and output/actors.csv whose
// pagerank column holds `irn` and `rus` (quoted, so "0,5" is one field).
struct RenderFolder {
  explicit RenderFolder(const std::string& irn, const std::string& rus) {
    paths.data = dir / "data";
    paths.output = dir / "output";
    paths.graphs = dir / "graphs";
    dir.write("graphs/network.graphml", network::write_graphml(two_actors()));
    dir.write("output/actors.csv", "actor,pagerank\n"          // line 1
                                   "IRN,\"" + irn + "\"\n"     // line 2
                                   "RUS,\"" + rus + "\"\n");   // line 3
  }
  TempDir dir;
  Paths paths;
};

std::string render_error(const std::string& irn, const std::string& rus) {
  RenderFolder folder(irn, rus);
  io::Diagnostics diagnostics;
  try {
    stage_render(folder.paths, RenderSettings{}, diagnostics);
  } catch (const io::DataError& e) {
    return e.what();
  }
  return "";
}

class NodeSizeNotANumber : public ::testing::TestWithParam<const char*> {};

// Regression: std::stod read "0.5x" as 0.5 and " 0.5" as 0.5, and hex
// ("0x1p3" = 8); it also depends on LC_NUMERIC. The whole field must be a
// decimal number.
TEST_P(NodeSizeNotANumber, IsADataErrorNamingFileAndLine) {
  const std::string message = render_error("0.25", GetParam());
  EXPECT_NE(message.find("actors.csv:3"), std::string::npos) << message;
  EXPECT_NE(message.find("column 'pagerank' is not a number: '" + std::string(GetParam()) + "'"),
            std::string::npos)
      << message;
}

INSTANTIATE_TEST_SUITE_P(Fields, NodeSizeNotANumber,
                         ::testing::Values("0.5x", "0.5 ", " 0.5", "0,5", "0x1p3", "", "abc", "1e999"));

TEST(NodeSize, ValidFieldsAreReadExactly) {
  // The DOT written by `render` equals the one built from the values as
  // doubles, so both fields were read to the exact double ("1e-3" included).
  RenderFolder folder("0.25", "1e-3");
  io::Diagnostics diagnostics;
  ASSERT_NO_THROW(stage_render(folder.paths, RenderSettings{}, diagnostics));
  render::MapOptions options;
  options.title = RenderSettings{}.title;
  options.node_size_values = {0.25, 0.001};
  options.node_size_label = "PageRank";
  EXPECT_EQ(testing::read_file(folder.paths.dot()), render::network_to_dot(two_actors(), options));
  EXPECT_FALSE(diagnostics.has_errors());
}

}  // namespace
}  // namespace actornet::cli
