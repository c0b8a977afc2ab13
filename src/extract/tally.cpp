#include "extract/tally.hpp"

#include <charconv>
#include <cstdio>
#include <ostream>

#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "io/errors.hpp"

namespace actornet::extract {

namespace {

bool same_actors(const std::vector<Actor>& a, const std::vector<Actor>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].id != b[i].id) return false;
  }
  return true;
}

void merge_date(std::string& min, std::string& max, const std::string& other_min,
                const std::string& other_max) {
  if (!other_min.empty() && (min.empty() || other_min < min)) min = other_min;
  if (!other_max.empty() && (max.empty() || other_max > max)) max = other_max;
}

std::int64_t parse_count(const std::string& text, const io::Location& where) {
  try {
    std::size_t used = 0;
    const long long v = std::stoll(text, &used);
    if (used != text.size() || v < 0) throw std::invalid_argument(text);
    return v;
  } catch (const std::exception&) {
    throw io::DataError(where, "expected a non-negative integer, found '" + text + "'");
  }
}

}  // namespace

Tally Tally::empty(const std::vector<Actor>& actors, std::string unit, std::string counting) {
  Tally t;
  t.actors = actors;
  t.unit = std::move(unit);
  t.counting = std::move(counting);
  t.actor_units.assign(actors.size(), 0);
  t.actor_mentions.assign(actors.size(), 0);
  return t;
}

void Tally::merge(const Tally& other, const std::string& other_name) {
  if (!same_actors(actors, other.actors)) {
    throw io::DataError({other_name, 0, -1}, "was made with a different actor list; cannot merge");
  }
  if (unit != other.unit || counting != other.counting) {
    throw io::DataError({other_name, 0, -1},
                        "was made with unit=" + other.unit + ", counting=" + other.counting +
                            " but this run uses unit=" + unit + ", counting=" + counting);
  }
  documents += other.documents;
  content_hash += other.content_hash;  // unsigned: wraps mod 2^64 by definition
  units += other.units;
  merge_date(date_min, date_max, other.date_min, other.date_max);
  for (std::size_t i = 0; i < actors.size(); ++i) {
    actor_units[i] += other.actor_units[i];
    actor_mentions[i] += other.actor_mentions[i];
  }
  for (const auto& [key, c] : other.pairs) {
    PairCount& mine = pairs[key];
    mine.units += c.units;
    mine.count += c.count;
  }
  for (const auto& [k, v] : other.excluded_blocks) excluded_blocks[k] += v;
  for (const auto& [k, v] : other.excluded_units) excluded_units[k] += v;
  for (const auto& [k, v] : other.masked) masked[k] += v;
  for (const auto& [k, v] : other.relations) relations[k] += v;
}

bool Tally::operator==(const Tally& o) const {
  auto pair_eq = [](const auto& x, const auto& y) {
    if (x.size() != y.size()) return false;
    for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
      if (i->first != j->first || i->second.units != j->second.units ||
          i->second.count != j->second.count)
        return false;
    }
    return true;
  };
  return same_actors(actors, o.actors) && unit == o.unit && counting == o.counting &&
         rules == o.rules && inputs == o.inputs && corpus_documents == o.corpus_documents &&
         shard_index == o.shard_index && shard_count == o.shard_count &&
         documents == o.documents && content_hash == o.content_hash && units == o.units && date_min == o.date_min &&
         date_max == o.date_max && actor_units == o.actor_units &&
         actor_mentions == o.actor_mentions && pair_eq(pairs, o.pairs) &&
         excluded_blocks == o.excluded_blocks && excluded_units == o.excluded_units &&
         masked == o.masked && relations == o.relations;
}

Tally merge_shards(const std::vector<std::pair<std::string, Tally>>& shards) {
  if (shards.empty()) throw io::DataError({"", 0, -1}, "no shards to merge");
  const auto& [first_name, first] = shards.front();
  std::vector<std::string> seen(static_cast<std::size_t>(first.shard_count));
  Tally total = Tally::empty(first.actors, first.unit, first.counting);
  total.rules = first.rules;
  total.inputs = first.inputs;
  total.corpus_documents = first.corpus_documents;
  for (const auto& [name, t] : shards) {
    auto differs = [&](const std::string& what, const std::string& mine, const std::string& theirs) {
      if (mine != theirs) {
        throw io::DataError({name, 0, -1}, what + " '" + theirs + "' differs from '" + mine +
                                               "' in " + first_name + "; cannot merge");
      }
    };
    differs("rules", first.rules, t.rules);
    differs("inputs", first.inputs, t.inputs);
    differs("corpus size", std::to_string(first.corpus_documents), std::to_string(t.corpus_documents));
    differs("shard count", std::to_string(first.shard_count), std::to_string(t.shard_count));
    std::string& slot = seen.at(static_cast<std::size_t>(t.shard_index));
    if (!slot.empty()) {
      throw io::DataError({name, 0, -1}, "shard " + std::to_string(t.shard_index) + "/" +
                                             std::to_string(t.shard_count) + " is also in " + slot);
    }
    slot = name;
    total.merge(t, name);
  }
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (seen[i].empty()) {
      throw io::DataError({first_name, 0, -1}, "shard " + std::to_string(i) + "/" +
                                                   std::to_string(first.shard_count) +
                                                   " is missing; cannot merge an incomplete corpus");
    }
  }
  return total;
}

void write_tally(std::ostream& out, const Tally& t) {
  auto row = [&out](const std::string& record, const std::string& a, const std::string& b,
                    const std::string& value) { io::write_csv_row(out, {record, a, b, value}); };
  row("record", "key_a", "key_b", "value");
  row("unit", "", "", t.unit);
  row("counting", "", "", t.counting);
  row("rules", "", "", t.rules);
  row("inputs", "", "", t.inputs);
  row("corpus_documents", "", "", std::to_string(t.corpus_documents));
  row("shard", std::to_string(t.shard_index), std::to_string(t.shard_count), "");
  row("documents", "", "", std::to_string(t.documents));
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(t.content_hash));
  row("content_hash", "", "", hash);
  row("units", "", "", std::to_string(t.units));
  row("date_min", "", "", t.date_min);
  row("date_max", "", "", t.date_max);
  for (std::size_t i = 0; i < t.actors.size(); ++i) {
    const Actor& a = t.actors[i];
    row("actor", a.id, a.type, a.name);
    row("actor_units", a.id, "", std::to_string(t.actor_units[i]));
    row("actor_mentions", a.id, "", std::to_string(t.actor_mentions[i]));
  }
  for (const auto& [key, c] : t.pairs) {
    const std::string& a = t.actors[static_cast<std::size_t>(key.first)].id;
    const std::string& b = t.actors[static_cast<std::size_t>(key.second)].id;
    row("pair_units", a, b, std::to_string(c.units));
    row("pair_count", a, b, std::to_string(c.count));
  }
  for (const auto& [k, v] : t.excluded_blocks) row("excluded_blocks", k, "", std::to_string(v));
  for (const auto& [k, v] : t.excluded_units) row("excluded_units", k, "", std::to_string(v));
  for (const auto& [k, v] : t.masked) row("masked", k, "", std::to_string(v));
  for (const auto& [k, v] : t.relations) row("relations", k, "", std::to_string(v));
}

Tally read_tally(const std::string& path) {
  const io::CsvTable table = io::CsvTable::read_file(path);
  const std::size_t c_record = table.require("record");
  const std::size_t c_a = table.require("key_a");
  const std::size_t c_b = table.require("key_b");
  const std::size_t c_value = table.require("value");
  Tally t;
  // Actor rows come before the rows that refer to them (write_tally's order).
  auto actor_index = [&t, &table](const std::string& id, const io::CsvRecord& row) {
    for (std::size_t i = 0; i < t.actors.size(); ++i) {
      if (t.actors[i].id == id) return static_cast<int>(i);
    }
    throw io::DataError(table.where(row), "unknown actor '" + id + "' (no 'actor' row before it)");
  };
  for (const io::CsvRecord& row : table.rows()) {
    const std::string& record = row.fields[c_record];
    const std::string& a = row.fields[c_a];
    const std::string& b = row.fields[c_b];
    const std::string& value = row.fields[c_value];
    const io::Location where = table.where(row);
    if (record == "unit") t.unit = value;
    else if (record == "counting") t.counting = value;
    else if (record == "rules") t.rules = value;
    else if (record == "inputs") t.inputs = value;
    else if (record == "corpus_documents") t.corpus_documents = parse_count(value, where);
    else if (record == "shard") {
      t.shard_index = parse_count(a, where);
      t.shard_count = parse_count(b, where);
      if (t.shard_count < 1 || t.shard_index >= t.shard_count) {
        throw io::DataError(where, "shard " + a + "/" + b + " is not I/N with 0 <= I < N");
      }
    }
    else if (record == "documents") t.documents = parse_count(value, where);
    else if (record == "units") t.units = parse_count(value, where);
    else if (record == "content_hash") {
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), t.content_hash, 16);
      if (value.empty() || ec != std::errc() || end != value.data() + value.size()) {
        throw io::DataError(where, "content_hash must be hexadecimal, not '" + value + "'");
      }
    }
    else if (record == "date_min") t.date_min = value;
    else if (record == "date_max") t.date_max = value;
    else if (record == "actor") {
      t.actors.push_back({a, value, b, ""});
      t.actor_units.push_back(0);
      t.actor_mentions.push_back(0);
    } else if (record == "actor_units") t.actor_units[static_cast<std::size_t>(actor_index(a, row))] = parse_count(value, where);
    else if (record == "actor_mentions") t.actor_mentions[static_cast<std::size_t>(actor_index(a, row))] = parse_count(value, where);
    else if (record == "pair_units" || record == "pair_count") {
      const int i = actor_index(a, row);
      const int j = actor_index(b, row);
      if (i >= j) throw io::DataError(where, "pair '" + a + "," + b + "' is not in id order");
      PairCount& c = t.pairs[{i, j}];
      (record == "pair_units" ? c.units : c.count) = parse_count(value, where);
    } else if (record == "excluded_blocks") t.excluded_blocks[a] = parse_count(value, where);
    else if (record == "excluded_units") t.excluded_units[a] = parse_count(value, where);
    else if (record == "masked") t.masked[a] = parse_count(value, where);
    else if (record == "relations") t.relations[a] = parse_count(value, where);
    else throw io::DataError(where, "unknown record type '" + record + "'");
  }
  for (std::size_t i = 1; i < t.actors.size(); ++i) {
    if (!(t.actors[i - 1].id < t.actors[i].id)) {
      throw io::DataError({path, 0, -1}, "actor rows are not sorted by id");
    }
  }
  return t;
}

}  // namespace actornet::extract
