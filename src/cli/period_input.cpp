#include "cli/period_input.hpp"

#include <charconv>
#include <filesystem>
#include <map>

#include "io/csv_reader.hpp"
#include "io/errors.hpp"
#include "network/edge_list.hpp"
#include "network/network_filters.hpp"

namespace actornet::cli {

namespace {

network::Network empty_like(const network::Network& base) {
  network::Network net;
  net.corpus = base.corpus;
  net.corpus.signed_layers = true;
  for (network::ActorNode a : base.actors) {
    network::ActorNode copy;
    copy.id = a.id;
    copy.name = a.name;
    copy.type = a.type;
    net.actors.push_back(copy);
  }
  return net;
}

double number(const std::string& text, const io::Location& where) {
  if (text.empty()) return std::numeric_limits<double>::quiet_NaN();
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) throw io::DataError(where, "not a number: '" + text + "'");
  return v;
}

std::vector<analysis::PeriodNetwork> from_dyads(const std::string& path, const network::Network& base) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < base.actors.size(); ++i) index[base.actors[i].id] = i;
  const io::CsvTable table = io::CsvTable::read_file(path);
  std::vector<analysis::PeriodNetwork> out;
  for (const io::CsvRecord& row : table.rows()) {
    const io::Location where = table.where(row);
    auto field = [&](const char* name) { return row.fields[table.require(name)]; };
    const std::string label = field("period");
    if (out.empty() || out.back().label != label) out.push_back({label, empty_like(base)});
    auto a = index.find(field("actor_a"));
    auto b = index.find(field("actor_b"));
    if (a == index.end() || b == index.end()) continue;
    network::Tie t;
    t.a = std::min(a->second, b->second);
    t.b = std::max(a->second, b->second);
    t.cooperation_count = static_cast<std::int64_t>(number(field("cooperation_count"), where));
    t.rivalry_count = static_cast<std::int64_t>(number(field("rivalry_count"), where));
    t.withheld_count = static_cast<std::int64_t>(number(field("withheld_count"), where));
    t.count = t.units = t.cooperation_count + t.rivalry_count + t.withheld_count;
    if (t.count == 0) continue;
    t.cooperation = number(field("cooperation"), where);
    t.rivalry = number(field("rivalry"), where);
    t.net = number(field("net"), where);
    out.back().network.ties.push_back(t);
  }
  for (analysis::PeriodNetwork& p : out) {
    std::sort(p.network.ties.begin(), p.network.ties.end(), [](const network::Tie& x, const network::Tie& y) {
      return std::make_pair(x.a, x.b) < std::make_pair(y.a, y.b);
    });
  }
  return out;
}

}  // namespace

std::vector<analysis::PeriodNetwork> read_period_networks(const Paths& paths, const NetworkInput& input,
                                                          const network::Network& base) {
  std::vector<std::string> ids;
  for (const network::ActorNode& a : base.actors) ids.push_back(a.id);
  if (input.file.empty()) {
    if (!std::filesystem::exists(paths.dyads_by_period_csv())) return {};
    return from_dyads(paths.dyads_by_period_csv(), base);
  }
  const std::string ext = std::filesystem::path(input.file).extension().string();
  if (ext == ".graphml" || ext == ".xml" || !input.period.empty()) return {};
  std::vector<analysis::PeriodNetwork> out;
  for (const std::string& label : network::edge_list_periods(input.file)) {
    out.push_back({label, network::subset(network::read_edge_list(input.file, label), ids)});
  }
  return out;
}

}  // namespace actornet::cli
