#include "report/metrics_json.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

namespace actornet::report {
namespace {

// Two actors, one signed tie whose net is undefined (NaN -> null).
TEST(MetricsJson, FieldsValuesAndNullForUndefined) {
  network::Network net;
  net.corpus.documents = 2;
  net.corpus.units = 10;
  net.corpus.signed_layers = true;
  net.corpus.relations_source = "curated";
  net.actors = {{"IRN", "Iran", "state", 4, 5}, {"RUS", "Russia", "state", 3, 3}};
  network::Tie tie;
  tie.a = 0;
  tie.b = 1;
  tie.count = 2;
  tie.units = 2;
  tie.withheld_count = 1;  // no cooperation or rivalry: net stays NaN
  net.ties = {tie};
  analysis::NetworkMeasures m;
  analysis::CentralityResult& c = m.centrality;
  c.weight = "count";
  c.notes = {"a note"};
  c.actors.resize(2);
  c.actors[0].degree = 1;
  c.actors[0].pagerank = 0.5;
  c.actors[1].closeness = std::nan("");
  m.communities.membership = {0, 1};
  m.communities.communities = 2;
  m.communities.modularity = std::nan("");
  const auto j = nlohmann::json::parse(metrics_json({&net, &m, "graphs/network.graphml"}));
  EXPECT_EQ(j["schema"], "actornet-metrics/1");
  EXPECT_EQ(j["network"]["actors"], 2);
  EXPECT_EQ(j["network"]["signed"], true);
  EXPECT_EQ(j["network"]["corpus"]["units"], 10);
  EXPECT_EQ(j["centrality"]["notes"][0], "a note");
  EXPECT_EQ(j["actors"][0]["id"], "IRN");
  EXPECT_EQ(j["actors"][0]["centrality"]["degree"], 1);
  EXPECT_DOUBLE_EQ(j["actors"][0]["centrality"]["pagerank"].get<double>(), 0.5);
  EXPECT_TRUE(j["actors"][1]["centrality"]["closeness"].is_null());
  EXPECT_TRUE(j["actors"][0]["relations"]["net_stance"].is_null());
  EXPECT_EQ(j["ties"][0]["a"], "IRN");
  EXPECT_EQ(j["ties"][0]["withheld_count"], 1);
  EXPECT_TRUE(j["ties"][0]["net"].is_null());
  EXPECT_EQ(j["ties"][0]["sign"], 0);
  // Same input, same bytes.
  EXPECT_EQ(j["actors"][1]["community"], 1);
  EXPECT_TRUE(j["communities"]["modularity"].is_null());
  EXPECT_FALSE(j.contains("balance"));  // no signed measures given
  EXPECT_EQ(metrics_json({&net, &m, "x"}), metrics_json({&net, &m, "x"}));
}

}  // namespace
}  // namespace actornet::report
