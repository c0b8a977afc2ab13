#include "report/network_tables.hpp"

#include <algorithm>
#include <climits>
#include <map>
#include <sstream>

#include "io/csv_writer.hpp"

namespace actornet::report {

using io::format_double;
using std::to_string;

namespace {

std::string slug(const std::string& text) {
  std::string out;
  for (char c : text) out.push_back(c == ' ' || c == '-' ? '_' : c);
  return out;
}

std::vector<std::string> groups_of(const std::vector<extract::Category>& categories) {
  std::vector<std::string> groups;
  for (const extract::Category& c : categories) {
    if (std::find(groups.begin(), groups.end(), c.group) == groups.end()) groups.push_back(c.group);
  }
  return groups;
}

template <typename Map>
std::int64_t count_of(const Map& map, const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? 0 : it->second;
}

// The relation-score columns of one dyad (header when `d` is null).
std::vector<std::string> score_fields(const analysis::DyadScore* d, const std::vector<std::string>& groups,
                                      const std::vector<extract::Category>& categories) {
  std::vector<std::string> f;
  if (d == nullptr) {
    f = {"cooperation", "rivalry", "net", "sign", "cooperation_count", "rivalry_count", "withheld_count",
         "neutral_count", "mean_intensity", "flow_ab", "flow_ab_count", "flow_ba", "flow_ba_count",
         "evidence_sentences"};
    for (const std::string& g : groups) f.push_back("group_" + slug(g));
    for (const extract::Category& c : categories) f.push_back("cameo_" + c.code);
    return f;
  }
  f = {format_double(d->cooperation), format_double(d->rivalry), format_double(d->net), to_string(d->sign()),
       to_string(d->cooperation_count), to_string(d->rivalry_count), to_string(d->withheld_count),
       to_string(d->neutral_count), format_double(d->mean_intensity), format_double(d->flow_ab),
       to_string(d->flow_ab_count), format_double(d->flow_ba), to_string(d->flow_ba_count),
       to_string(d->evidence_sentences)};
  for (const std::string& g : groups) f.push_back(to_string(count_of(d->group_counts, g)));
  for (const extract::Category& c : categories) f.push_back(to_string(count_of(d->category_counts, c.code)));
  return f;
}

}  // namespace

std::string dyads_csv(const network::Network& net, const analysis::RelationScores* scores,
                      const std::vector<extract::Category>& categories) {
  const std::vector<std::string> groups = groups_of(categories);
  std::ostringstream out;
  std::vector<std::string> header = {"actor_a", "name_a", "actor_b", "name_b", "count", "units",
                                     "units_a", "units_b", "association_strength", "jaccard", "cosine"};
  if (scores != nullptr) {
    for (std::string& f : score_fields(nullptr, groups, categories)) header.push_back(std::move(f));
  }
  io::write_csv_row(out, header);
  std::map<std::pair<std::size_t, std::size_t>, const network::Tie*> ties;
  for (const network::Tie& t : net.ties) ties[{t.a, t.b}] = &t;
  std::map<std::pair<std::string, std::string>, const analysis::DyadScore*> dyads;
  if (scores != nullptr) {
    for (const analysis::DyadScore& d : scores->dyads) dyads[{d.a, d.b}] = &d;
  }
  const network::Tie none;
  for (std::size_t a = 0; a < net.actors.size(); ++a) {
    for (std::size_t b = a + 1; b < net.actors.size(); ++b) {
      auto it = ties.find({a, b});
      const network::Tie& t = it == ties.end() ? none : *it->second;
      const auto& x = net.actors[a];
      const auto& y = net.actors[b];
      std::vector<std::string> row = {x.id, x.name, y.id, y.name, to_string(t.count), to_string(t.units),
                                      to_string(x.units), to_string(y.units),
                                      format_double(t.association_strength), format_double(t.jaccard),
                                      format_double(t.cosine)};
      if (scores != nullptr) {
        const analysis::DyadScore& d = *dyads.at({x.id, y.id});
        for (std::string& f : score_fields(&d, groups, categories)) row.push_back(std::move(f));
      }
      io::write_csv_row(out, row);
    }
  }
  return out.str();
}

std::string dyads_by_period_csv(const std::vector<PeriodScores>& periods) {
  std::ostringstream out;
  io::write_csv_row(out, {"period", "start", "end", "actor_a", "actor_b", "cooperation", "rivalry", "net", "sign",
                          "cooperation_count", "rivalry_count", "withheld_count", "evidence_sentences"});
  for (const PeriodScores& p : periods) {
    const std::string start = p.period.start == INT_MIN ? "" : to_string(p.period.start);
    const std::string end = p.period.end == INT_MAX ? "" : to_string(p.period.end);
    for (const analysis::DyadScore& d : p.scores.dyads) {
      io::write_csv_row(out, {p.period.label, start, end, d.a, d.b, format_double(d.cooperation),
                              format_double(d.rivalry), format_double(d.net), to_string(d.sign()),
                              to_string(d.cooperation_count), to_string(d.rivalry_count),
                              to_string(d.withheld_count), to_string(d.evidence_sentences)});
    }
  }
  return out.str();
}

std::string actors_csv(const network::Network& net, const analysis::NetworkMeasures& measures) {
  const analysis::CentralityResult& result = measures.centrality;
  const analysis::SignedMeasures* sm = measures.signed_measures ? &*measures.signed_measures : nullptr;
  std::ostringstream out;
  const bool scores = net.corpus.signed_layers;
  std::vector<std::string> header = {"actor", "name", "type", "units", "mentions", "weight", "degree",
                                     "degree_normalized", "strength", "betweenness",
                                     "betweenness_normalized", "closeness", "harmonic", "eigenvector",
                                     "pagerank", "community"};
  if (scores) {
    for (const char* column : {"cooperation_given", "cooperation_received", "rivalry_given", "rivalry_received",
                               "net_stance", "positive_degree", "negative_degree"}) {
      header.push_back(column);
    }
  }
  if (sm != nullptr) {
    for (const char* column : {"net_degree", "degree_ratio", "positive_strength", "negative_strength", "pn",
                               "layer", "layer_degree", "layer_strength", "layer_betweenness",
                               "layer_betweenness_normalized", "layer_closeness", "layer_harmonic",
                               "layer_eigenvector", "layer_pagerank", "camp", "cluster"}) {
      header.push_back(column);
    }
  }
  const analysis::DirectedCentralityResult* dc = measures.directed ? &*measures.directed : nullptr;
  if (dc != nullptr) {
    for (const char* column : {"in_strength", "out_strength", "hub", "authority"}) header.push_back(column);
  }
  io::write_csv_row(out, header);
  for (std::size_t i = 0; i < net.actors.size(); ++i) {
    const auto& a = net.actors[i];
    const analysis::ActorCentrality& c = result.actors.at(i);
    std::vector<std::string> row = {a.id, a.name, a.type, to_string(a.units), to_string(a.mentions),
                                    result.weight, to_string(c.degree), format_double(c.degree_normalized),
                                    format_double(c.strength), format_double(c.betweenness),
                                    format_double(c.betweenness_normalized), format_double(c.closeness),
                                    format_double(c.harmonic), format_double(c.eigenvector),
                                    format_double(c.pagerank), to_string(measures.communities.membership.at(i))};
    if (scores) {
      for (const std::string& v :
           {format_double(a.cooperation_given), format_double(a.cooperation_received), format_double(a.rivalry_given),
            format_double(a.rivalry_received), format_double(a.net_stance), to_string(a.positive_degree),
            to_string(a.negative_degree)}) {
        row.push_back(v);
      }
    }
    if (sm != nullptr) {
      const analysis::SignedDegree& d = sm->degree.degrees.at(i);
      const analysis::SignedPathCentrality& p = sm->paths.actors.at(i);
      for (const std::string& v :
           {to_string(d.net), format_double(d.ratio), format_double(d.positive_strength),
            format_double(d.negative_strength), format_double(sm->pn.pn.at(i)), sm->paths.layer,
            to_string(p.degree), format_double(p.strength), format_double(p.betweenness),
            format_double(p.betweenness_normalized), format_double(p.closeness), format_double(p.harmonic),
            format_double(p.eigenvector), format_double(p.pagerank), to_string(sm->frustration.side.at(i)),
            to_string(sm->clustering.group.at(i))}) {
        row.push_back(v);
      }
    }
    if (dc != nullptr) {
      const analysis::DirectedCentrality& d = dc->actors.at(i);
      for (const std::string& v : {format_double(d.in_strength), format_double(d.out_strength),
                                   format_double(d.hub), format_double(d.authority)}) {
        row.push_back(v);
      }
    }
    io::write_csv_row(out, row);
  }
  return out.str();
}

std::string bootstrap_csv(const analysis::BootstrapResult& r, const std::string& unit) {
  std::ostringstream out;
  io::write_csv_row(out, {"kind", "item", "measure", "estimate", "low", "high", "level", "defined", "replicates",
                          "unit", "seed"});
  for (const analysis::Interval& i : r.intervals) {
    io::write_csv_row(out, {i.kind, i.item, i.measure, format_double(i.estimate), format_double(i.low),
                            format_double(i.high), format_double(r.level), to_string(i.defined),
                            to_string(r.replicates), unit, to_string(r.seed)});
  }
  return out.str();
}

std::string balance_csv(const analysis::NetworkMeasures& measures) {
  std::ostringstream out;
  io::write_csv_row(out, {"measure", "value", "note"});
  if (!measures.signed_measures) return out.str();
  const analysis::SignedMeasures& s = *measures.signed_measures;
  auto row = [&out](const char* measure, const std::string& value, const std::string& note) {
    io::write_csv_row(out, {measure, value, note});
  };
  row("signed_ties", to_string(s.graph.edges.size()), "ties with a non-zero sign");
  row("triangles", to_string(s.triangles.triangles), "triangles of signed ties");
  row("balanced_triangles", to_string(s.triangles.balanced), "product of the three signs > 0");
  row("triangle_index", format_double(s.triangles.index),
      "balanced / all triangles (Cartwright & Harary 1956); empty without triangles");
  row("weighted_triangle_index", format_double(s.triangles.weighted_index),
      "triangles weighted by the geometric mean of their tie weights (Onnela et al. 2005)");
  row("walk_balance", format_double(s.walk.index),
      "tr(exp(A)) / tr(exp(|A|)), unweighted (Estrada & Benzi 2014, Phys. Rev. E 90, 042802)");
  row("frustration_index", to_string(s.frustration.index),
      "fewest ties whose sign change makes the network balanced (Aref, Mason & Wilson 2020); " +
          std::string(s.frustration.exact ? "exact" : "heuristic upper bound") + " by " + s.frustration.method);
  row("frustration_normalized", format_double(s.frustration.normalized), "1 - 2 L / m (Aref & Wilson 2018)");
  row("unbalanced_triangles", to_string(s.triangles.triangles - s.triangles.balanced), "listed in metrics.json");
  row("clusters", to_string(s.clustering.groups),
      "Davis (1967) clustering into at most k groups, Doreian & Mrvar (1996) criterion, alpha 0.5");
  row("cluster_errors", to_string(s.clustering.errors),
      "negative ties within + positive ties between groups; " +
          std::string(s.clustering.exact ? "exact" : "heuristic") + " by " + s.clustering.method);
  return out.str();
}

}  // namespace actornet::report
