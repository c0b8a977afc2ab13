#include "network/edge_list.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "io/csv_reader.hpp"
#include "io/errors.hpp"
#include "io/field_text.hpp"

namespace actornet::network {
namespace {

// GraphML as igraph writes it keeps integers below 10^15 exact (graphml.hpp).
constexpr std::int64_t kWeightLimit = 1'000'000'000'000'000;

struct Row {
  std::string source;
  std::string target;
  std::string period;
  std::int64_t weight = 1;
  int sign = 0;
  bool directed = false;
  std::size_t line = 0;
};

struct ParsedFile {
  std::string path;
  bool has_sign = false;
  bool has_period = false;
  std::vector<Row> rows;  // file order
};

std::int64_t parse_weight(const std::string& text, const io::Location& where) {
  if (text.empty()) throw io::DataError(where, "empty weight");
  const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
  const char* end = text.data() + text.size();
  double value = 0;
  const auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
    throw io::DataError(where, "weight '" + text + "' is not a number");
  }
  if (!(value > 0)) throw io::DataError(where, "weight " + text + " must be > 0");
  if (value != std::floor(value)) {
    throw io::DataError(where, "weight " + text +
                                   " is not a whole number: edge-list weights are kept as "
                                   "integer tie counts; multiply the column by a power of ten "
                                   "(e.g. 0.25 -> 25)");
  }
  if (value >= static_cast<double>(kWeightLimit)) {
    throw io::DataError(where, "weight " + text + " is too large (at most 10^15 - 1)");
  }
  return static_cast<std::int64_t>(value);
}

int parse_sign(const std::string& text, const io::Location& where) {
  const std::string word = io::ascii_lower(text);
  if (word == "+1" || word == "1" || word == "positive") return 1;
  if (word == "-1" || word == "negative") return -1;
  if (word == "0") return 0;
  throw io::DataError(where, (text.empty() ? std::string("empty sign")
                                           : "sign '" + text + "' is not understood") +
                                 " (expected +1, 1, -1, 0, positive or negative)");
}

bool parse_directed(const std::string& text, const io::Location& where) {
  const std::string word = io::ascii_lower(text);
  if (word == "yes" || word == "true" || word == "1") return true;
  if (word == "no" || word == "false" || word == "0") return false;
  throw io::DataError(where, (text.empty() ? std::string("empty directed value")
                                           : "directed value '" + text + "' is not understood") +
                                 " (expected yes, no, true, false, 1 or 0)");
}

// Column indices in the header; -1 when an optional column is absent.
struct Columns {
  long source, target, weight, sign, period, directed;
};

Row parse_row(const io::CsvTable& table, const io::CsvRecord& record, const Columns& columns) {
  const io::Location where = table.where(record);
  const auto cell = [&](long column) { return io::trim_blanks(record.fields[static_cast<std::size_t>(column)]); };
  Row row;
  row.line = record.line;
  row.source = cell(columns.source);
  row.target = cell(columns.target);
  if (row.source.empty()) throw io::DataError(where, "empty source id");
  if (row.target.empty()) throw io::DataError(where, "empty target id");
  if (row.source == row.target) {
    throw io::DataError(where, "self-loop: source and target are both '" + row.source + "'");
  }
  if (columns.weight >= 0) row.weight = parse_weight(cell(columns.weight), where);
  if (columns.sign >= 0) row.sign = parse_sign(cell(columns.sign), where);
  if (columns.period >= 0) row.period = cell(columns.period);
  if (columns.directed >= 0) row.directed = parse_directed(cell(columns.directed), where);
  return row;
}

std::string sign_text(int sign) { return sign > 0 ? "+1" : (sign < 0 ? "-1" : "0"); }

// Within one period: an undirected pair once, a directed pair once per
// direction (edge_list.hpp, "Repeated pairs").
void check_repeats(const ParsedFile& file) {
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<const Row*>> seen;
  for (const Row& row : file.rows) {
    const auto [lo, hi] = std::minmax(row.source, row.target);
    auto& earlier_rows = seen[{row.period, lo, hi}];
    for (const Row* earlier : earlier_rows) {
      const bool both_directed = row.directed && earlier->directed;
      if (both_directed && row.source != earlier->source) continue;  // the other direction
      std::string message =
          both_directed ? "'" + row.source + "' -> '" + row.target + "'"
                        : "pair '" + row.source + "' - '" + row.target + "'";
      message += " is listed again (first on line " + std::to_string(earlier->line) + ")";
      if (file.has_period) message += " in period '" + row.period + "'";
      if (file.has_sign && row.sign != earlier->sign) {
        message += ", with conflicting signs (" + sign_text(earlier->sign) + " there, " +
                   sign_text(row.sign) + " here)";
      }
      if (!both_directed) {
        message += "; an undirected edge list names each pair once (for the two directions "
                   "of a pair, add a 'directed' column)";
      }
      throw io::DataError({file.path, row.line, -1}, message);
    }
    earlier_rows.push_back(&row);
  }
}

// The weights of a pair summed over the whole file (all periods, both
// directions) stay below 10^15, so every selection of rows does too.
void check_sums(const ParsedFile& file) {
  std::map<std::pair<std::string, std::string>, std::int64_t> sums;
  for (const Row& row : file.rows) {
    std::int64_t& sum = sums[std::minmax(row.source, row.target)];
    if (sum > kWeightLimit - 1 - row.weight) {
      throw io::DataError({file.path, row.line, -1}, "summed weight of pair '" + row.source +
                                                         "' - '" + row.target + "' reaches 10^15");
    }
    sum += row.weight;
  }
}

ParsedFile parse_file(const std::string& path) {
  const io::CsvTable table = io::CsvTable::read_file(path);
  const Columns columns{static_cast<long>(table.require("source")),
                        static_cast<long>(table.require("target")),
                        table.find("weight"),
                        table.find("sign"),
                        table.find("period"),
                        table.find("directed")};
  ParsedFile file;
  file.path = path;
  file.has_sign = columns.sign >= 0;
  file.has_period = columns.period >= 0;
  for (const io::CsvRecord& record : table.rows()) file.rows.push_back(parse_row(table, record, columns));
  check_repeats(file);
  check_sums(file);
  return file;
}

std::vector<std::string> periods_of(const ParsedFile& file) {
  std::vector<std::string> out;
  if (!file.has_period) return out;
  std::set<std::string> seen;
  for (const Row& row : file.rows) {
    if (seen.insert(row.period).second) out.push_back(row.period);
  }
  return out;
}

std::vector<const Row*> select_rows(const ParsedFile& file, const std::optional<std::string>& period) {
  std::vector<const Row*> kept;
  for (const Row& row : file.rows) {
    if (!period || row.period == *period) kept.push_back(&row);
  }
  if (!period) return kept;
  if (!file.has_period) {
    throw io::UsageError(file.path + " has no 'period' column, so period '" + *period +
                         "' cannot be selected");
  }
  if (kept.empty()) {
    std::string list;
    for (const std::string& label : periods_of(file)) list += (list.empty() ? "'" : ", '") + label + "'";
    throw io::UsageError(file.path + " has no rows of period '" + *period + "' (its periods: " +
                         list + ")");
  }
  return kept;
}

// Relation scores of the actors from the kept rows and the ties
// (analysis/relation_scores.hpp defines them for relations).
void fill_actor_scores(Network& net, const std::vector<const Row*>& kept,
                       const std::map<std::string, std::size_t>& index) {
  for (const Row* row : kept) {
    if (row->sign == 0) continue;
    const auto w = static_cast<double>(row->weight);
    ActorNode& s = net.actors[index.at(row->source)];
    ActorNode& t = net.actors[index.at(row->target)];
    const bool cooperation = row->sign > 0;
    (cooperation ? s.cooperation_given : s.rivalry_given) += w;
    (cooperation ? t.cooperation_received : t.rivalry_received) += w;
    if (!row->directed) {  // mutual: both give and both receive
      (cooperation ? t.cooperation_given : t.rivalry_given) += w;
      (cooperation ? s.cooperation_received : s.rivalry_received) += w;
    }
  }
  std::vector<std::pair<double, double>> sums(net.actors.size());  // (C, R) over dyads
  for (const Tie& tie : net.ties) {
    for (const std::size_t i : {tie.a, tie.b}) {
      sums[i].first += tie.cooperation;
      sums[i].second += tie.rivalry;
      if (tie.sign() > 0) ++net.actors[i].positive_degree;
      if (tie.sign() < 0) ++net.actors[i].negative_degree;
    }
  }
  for (std::size_t i = 0; i < net.actors.size(); ++i) {
    net.actors[i].net_stance = net_score(sums[i].first, sums[i].second);
  }
}

void add_row_to_tie(Tie& tie, const Row& row) {
  tie.count += row.weight;  // below 10^15: check_sums
  const auto w = static_cast<double>(row.weight);
  if (row.sign > 0) {
    tie.cooperation += w;
    ++tie.cooperation_count;
  } else if (row.sign < 0) {
    tie.rivalry += w;
    ++tie.rivalry_count;
  }
}

EdgeListData assemble(const ParsedFile& file, const std::vector<const Row*>& kept) {
  EdgeListData data;
  Network& net = data.network;
  std::set<std::string> ids;
  for (const Row& row : file.rows) ids.insert({row.source, row.target});
  std::map<std::string, std::size_t> index;
  for (const std::string& id : ids) {
    index[id] = net.actors.size();
    net.actors.push_back({id, id, "", 0, 0});
  }
  std::map<std::pair<std::size_t, std::size_t>, Tie> ties;  // sorted by (a, b)
  for (const Row* row : kept) {
    const auto [a, b] = std::minmax(index.at(row->source), index.at(row->target));
    Tie& tie = ties[{a, b}];
    tie.a = a;
    tie.b = b;
    add_row_to_tie(tie, *row);
    if (row->directed) {
      data.directed_edges.push_back({index.at(row->source), index.at(row->target), row->weight,
                                     row->sign, row->period, row->line});
    }
  }
  for (auto& [pair, tie] : ties) {
    if (file.has_sign) tie.net = net_score(tie.cooperation, tie.rivalry);
    net.ties.push_back(tie);
  }
  data.any_directed = !data.directed_edges.empty();
  net.corpus.unit = kEdgeListUnit;
  net.corpus.counting = "weights";
  if (file.has_sign) {
    net.corpus.signed_layers = true;
    net.corpus.relations_source = "curated";
    fill_actor_scores(net, kept, index);
  }
  compute_normalised_weights(net);  // all 0: no units
  return data;
}

}  // namespace

bool is_edge_list_network(const CorpusSummary& corpus) { return corpus.unit == kEdgeListUnit; }

EdgeListData read_edge_list_data(const std::string& path, const std::optional<std::string>& period) {
  const ParsedFile file = parse_file(path);
  return assemble(file, select_rows(file, period));
}

Network read_edge_list(const std::string& path) { return read_edge_list_data(path).network; }

Network read_edge_list(const std::string& path, const std::string& period) {
  return read_edge_list_data(path, period).network;
}

std::vector<std::string> edge_list_periods(const std::string& path) {
  return periods_of(parse_file(path));
}

}  // namespace actornet::network
