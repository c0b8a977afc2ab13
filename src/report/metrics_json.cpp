#include "report/metrics_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace actornet::report {

namespace {

using Json = nlohmann::ordered_json;

// NaN and infinities are not JSON numbers: undefined values become null.
Json number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

Json corpus_json(const network::CorpusSummary& c) {
  return Json{{"documents", c.documents}, {"units", c.units},       {"unit", c.unit},
              {"counting", c.counting},   {"date_min", c.date_min}, {"date_max", c.date_max},
              {"rules", c.rules}};
}

Json actor_json(const network::ActorNode& a, const analysis::ActorCentrality& c, bool signed_layers) {
  Json j{{"id", a.id},
         {"name", a.name},
         {"type", a.type},
         {"units", a.units},
         {"mentions", a.mentions},
         {"centrality",
          {{"degree", c.degree},
           {"degree_normalized", number(c.degree_normalized)},
           {"strength", number(c.strength)},
           {"betweenness", number(c.betweenness)},
           {"betweenness_normalized", number(c.betweenness_normalized)},
           {"closeness", number(c.closeness)},
           {"harmonic", number(c.harmonic)},
           {"eigenvector", number(c.eigenvector)},
           {"pagerank", number(c.pagerank)}}}};
  if (signed_layers) {
    j["relations"] = {{"cooperation_given", number(a.cooperation_given)},
                      {"cooperation_received", number(a.cooperation_received)},
                      {"rivalry_given", number(a.rivalry_given)},
                      {"rivalry_received", number(a.rivalry_received)},
                      {"net_stance", number(a.net_stance)},
                      {"positive_degree", a.positive_degree},
                      {"negative_degree", a.negative_degree}};
  }
  return j;
}

Json tie_json(const network::Network& net, const network::Tie& t) {
  Json j{{"a", net.actors.at(t.a).id},
         {"b", net.actors.at(t.b).id},
         {"count", t.count},
         {"units", t.units},
         {"association_strength", number(t.association_strength)},
         {"jaccard", number(t.jaccard)},
         {"cosine", number(t.cosine)}};
  if (net.corpus.signed_layers) {
    j["cooperation"] = number(t.cooperation);
    j["rivalry"] = number(t.rivalry);
    j["cooperation_count"] = t.cooperation_count;
    j["rivalry_count"] = t.rivalry_count;
    j["withheld_count"] = t.withheld_count;
    j["net"] = number(t.net);
    j["sign"] = t.sign();
  }
  return j;
}

}  // namespace

std::string metrics_json(const MetricsInput& in) {
  const network::Network& net = *in.network;
  Json root;
  root["schema"] = "actornet-metrics/1";
  root["tool"] = {{"name", "actornet"}, {"version", ACTORNET_VERSION}};
  root["network"] = {{"source", in.network_source},
                     {"actors", net.actors.size()},
                     {"ties", net.ties.size()},
                     {"signed", net.corpus.signed_layers},
                     {"relations_source", net.corpus.relations_source},
                     {"corpus", corpus_json(net.corpus)}};
  const analysis::NetworkMeasures& m = *in.measures;
  const analysis::SignedMeasures* sm = m.signed_measures ? &*m.signed_measures : nullptr;
  root["centrality"] = {{"weight", m.centrality.weight}, {"notes", m.centrality.notes}};
  root["communities"] = {{"algorithm", m.communities.algorithm},
                         {"resolution", number(m.communities.resolution)},
                         {"seed", m.communities.seed},
                         {"weighted", m.communities.weighted},
                         {"communities", m.communities.communities},
                         {"modularity", number(m.communities.modularity)},
                         {"notes", m.communities.notes}};
  Json actors = Json::array();
  for (std::size_t i = 0; i < net.actors.size(); ++i) {
    Json a = actor_json(net.actors[i], m.centrality.actors.at(i), net.corpus.signed_layers);
    a["community"] = m.communities.membership.at(i);
    if (sm != nullptr) {
      const analysis::SignedDegree& d = sm->degree.degrees.at(i);
      const analysis::SignedPathCentrality& p = sm->paths.actors.at(i);
      a["signed"] = {{"positive_degree", d.positive},
                     {"negative_degree", d.negative},
                     {"net_degree", d.net},
                     {"degree_ratio", number(d.ratio)},
                     {"positive_strength", number(d.positive_strength)},
                     {"negative_strength", number(d.negative_strength)},
                     {"pn", number(sm->pn.pn.at(i))},
                     {"layer", sm->paths.layer},
                     {"layer_degree", p.degree},
                     {"layer_strength", number(p.strength)},
                     {"layer_betweenness", number(p.betweenness)},
                     {"layer_betweenness_normalized", number(p.betweenness_normalized)},
                     {"layer_closeness", number(p.closeness)},
                     {"layer_harmonic", number(p.harmonic)},
                     {"layer_eigenvector", number(p.eigenvector)},
                     {"layer_pagerank", number(p.pagerank)},
                     {"camp", sm->frustration.side.at(i)},
                     {"cluster", sm->clustering.group.at(i)}};
    }
    if (m.directed) {
      const analysis::DirectedCentrality& d = m.directed->actors.at(i);
      a["directed"] = {{"in_degree", d.in_degree},       {"out_degree", d.out_degree},
                       {"in_strength", number(d.in_strength)}, {"out_strength", number(d.out_strength)},
                       {"hub", number(d.hub)},           {"authority", number(d.authority)}};
    }
    actors.push_back(std::move(a));
  }
  root["actors"] = std::move(actors);
  if (sm != nullptr) {
    Json unbalanced = Json::array();
    for (const auto& t : sm->triangles.unbalanced) {
      unbalanced.push_back({net.actors.at(t[0]).id, net.actors.at(t[1]).id, net.actors.at(t[2]).id});
    }
    root["balance"] = {{"signed_ties", sm->graph.edges.size()},
                       {"triangles", sm->triangles.triangles},
                       {"balanced_triangles", sm->triangles.balanced},
                       {"triangle_index", number(sm->triangles.index)},
                       {"weighted_triangle_index", number(sm->triangles.weighted_index)},
                       {"unbalanced_triangles", std::move(unbalanced)},
                       {"walk_balance", number(sm->walk.index)},
                       {"frustration",
                        {{"index", sm->frustration.index},
                         {"normalized", number(sm->frustration.normalized)},
                         {"exact", sm->frustration.exact},
                         {"method", sm->frustration.method}}},
                       {"clustering",
                        {{"max_groups", sm->clustering.groups},
                         {"errors", sm->clustering.errors},
                         {"negative_within", sm->clustering.negative_within},
                         {"positive_between", sm->clustering.positive_between},
                         {"exact", sm->clustering.exact},
                         {"method", sm->clustering.method}}}};
  }
  if (in.bootstrap != nullptr) {
    Json intervals = Json::array();
    for (const analysis::Interval& i : in.bootstrap->intervals) {
      intervals.push_back({{"kind", i.kind},
                           {"item", i.item},
                           {"measure", i.measure},
                           {"estimate", number(i.estimate)},
                           {"low", number(i.low)},
                           {"high", number(i.high)},
                           {"defined", i.defined}});
    }
    root["bootstrap"] = {{"replicates", in.bootstrap->replicates},
                         {"seed", in.bootstrap->seed},
                         {"level", number(in.bootstrap->level)},
                         {"intervals", std::move(intervals)}};
  }
  if (in.periods != nullptr) {
    Json periods = Json::array();
    for (const analysis::PeriodResult& p : in.periods->periods) {
      Json actors_p = Json::array();
      for (std::size_t i = 0; i < p.network.actors.size(); ++i) {
        const analysis::ActorCentrality& c = p.measures.centrality.actors.at(i);
        Json a{{"id", p.network.actors[i].id},
               {"degree", c.degree},
               {"strength", number(c.strength)},
               {"betweenness", number(c.betweenness)},
               {"pagerank", number(c.pagerank)},
               {"community", p.measures.communities.membership.at(i)}};
        if (p.measures.signed_measures) a["pn"] = number(p.measures.signed_measures->pn.pn.at(i));
        actors_p.push_back(std::move(a));
      }
      Json period{{"label", p.label}, {"ties", p.network.ties.size()}, {"actors", std::move(actors_p)}};
      if (p.measures.signed_measures) {
        const analysis::SignedMeasures& s = *p.measures.signed_measures;
        period["balance"] = {{"signed_ties", s.graph.edges.size()},
                             {"triangle_index", number(s.triangles.index)},
                             {"walk_balance", number(s.walk.index)},
                             {"frustration_index", s.frustration.index}};
      }
      periods.push_back(std::move(period));
    }
    Json changes = Json::array();
    for (const analysis::PeriodChange& ch : in.periods->changes) {
      changes.push_back({{"from", ch.from},
                         {"to", ch.to},
                         {"kind", ch.kind},
                         {"item", ch.item},
                         {"measure", ch.measure},
                         {"before", number(ch.before)},
                         {"after", number(ch.after)},
                         {"note", ch.note}});
    }
    root["periods"] = std::move(periods);
    root["period_changes"] = std::move(changes);
  }
  Json ties = Json::array();
  for (const network::Tie& t : net.ties) ties.push_back(tie_json(net, t));
  root["ties"] = std::move(ties);
  return root.dump(2) + "\n";
}

}  // namespace actornet::report
