#include "extract/gazetteer.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "corpus/text_normalizer.hpp"
#include "io/csv_reader.hpp"
#include "io/field_text.hpp"
#include "io/errors.hpp"

namespace actornet::extract {

namespace {

// Throws when `value` (field `what` of `row`) holds a control character
// (byte < 0x20 or 0x7F): such text cannot go into GraphML (igraph's writer
// fails later, without naming the gazetteer line) nor into a label.
void reject_control_characters(const io::CsvTable& table, const io::CsvRecord& row,
                               const char* what, const std::string& value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c < 0x20 || c == 0x7F) {
      char code[8];
      std::snprintf(code, sizeof code, "0x%02X", c);
      throw io::DataError(table.where(row), std::string(what) + " '" + value.substr(0, i) +
                                                "...' contains the control character " + code +
                                                " at byte " + std::to_string(i));
    }
  }
}

}  // namespace

int Gazetteer::find_actor(const std::string& id) const {
  auto it = std::lower_bound(actors_.begin(), actors_.end(), id,
                             [](const Actor& a, const std::string& key) { return a.id < key; });
  return (it != actors_.end() && it->id == id) ? static_cast<int>(it - actors_.begin()) : -1;
}

Gazetteer Gazetteer::load(const std::string& actors_csv, const std::string& aliases_csv) {
  Gazetteer g;
  {
    const io::CsvTable table = io::CsvTable::read_file(actors_csv);
    const std::size_t c_id = table.require("id");
    const std::size_t c_name = table.require("name");
    const long c_type = table.find("type");
    const long c_description = table.find("description");
    std::map<std::string, std::size_t> lines;
    for (const io::CsvRecord& row : table.rows()) {
      Actor a;
      a.id = io::trim_blanks(row.fields[c_id]);
      a.name = io::trim_blanks(row.fields[c_name]);
      a.type = c_type < 0 ? "" : io::trim_blanks(row.fields[static_cast<std::size_t>(c_type)]);
      a.description = c_description < 0 ? "" : row.fields[static_cast<std::size_t>(c_description)];
      if (a.id.empty() || a.id == "-") {
        throw io::DataError(table.where(row), "actor id is empty or '-' (reserved for blocking phrases)");
      }
      reject_control_characters(table, row, "actor id", a.id);
      reject_control_characters(table, row, "actor name", a.name);
      reject_control_characters(table, row, "actor type", a.type);
      if (a.name.empty()) a.name = a.id;
      auto [it, inserted] = lines.emplace(a.id, row.line);
      if (!inserted) {
        throw io::DataError(table.where(row), "actor id '" + a.id + "' is already defined on line " +
                                                  std::to_string(it->second));
      }
      g.actors_.push_back(std::move(a));
    }
    std::sort(g.actors_.begin(), g.actors_.end(),
              [](const Actor& x, const Actor& y) { return x.id < y.id; });
  }

  const io::CsvTable table = io::CsvTable::read_file(aliases_csv);
  const std::size_t c_actor = table.require("actor");
  const std::size_t c_alias = table.require("alias");
  const std::size_t c_case = table.require("case");
  const long c_kind = table.find("kind");
  const long c_member = table.find("member");
  // Folded alias text -> indices of the kept alias rows with it (each is
  // checked: "XY" sensitive does not collide with "xy", but two later "xy"
  // rows may collide with each other).
  std::map<std::string, std::vector<std::size_t>> by_folded;
  for (const io::CsvRecord& row : table.rows()) {
    reject_control_characters(table, row, "alias", io::trim_blanks(row.fields[c_alias]));
    Alias alias;
    // Aliases are normalised like the text they are matched against, so
    // "People’s" and "People's" are the same alias.
    alias.text = io::trim_blanks(corpus::normalize_text(row.fields[c_alias], nullptr).text);
    alias.file = aliases_csv;
    alias.line = row.line;
    alias.kind = c_kind < 0 ? "" : io::trim_blanks(row.fields[static_cast<std::size_t>(c_kind)]);
    alias.member = c_member < 0 ? "" : io::trim_blanks(row.fields[static_cast<std::size_t>(c_member)]);
    const std::string actor_id = io::trim_blanks(row.fields[c_actor]);
    if (alias.text.empty()) throw io::DataError(table.where(row), "empty alias");
    if (actor_id != "-") {
      alias.actor = g.find_actor(actor_id);
      if (alias.actor < 0) {
        throw io::DataError(table.where(row), "alias '" + alias.text + "' names actor '" + actor_id +
                                                  "', which is not in " + actors_csv);
      }
    }
    const std::string& mode = row.fields[c_case];
    if (mode == "sensitive") alias.case_sensitive = true;
    else if (mode != "insensitive") {
      throw io::DataError(table.where(row),
                          "case must be 'sensitive' or 'insensitive', not '" + mode + "'");
    }
    std::vector<std::size_t>& same_folded = by_folded[io::ascii_lower(alias.text)];
    bool repeat = false;
    for (std::size_t index : same_folded) {
      const Alias& other = g.aliases_[index];
      const bool same_text = other.text == alias.text;
      const bool collide = same_text || !other.case_sensitive || !alias.case_sensitive;
      if (collide && other.actor != alias.actor) {
        auto owner = [&g](int actor) { return actor < 0 ? std::string("- (blocking phrase)") : g.actors_[static_cast<std::size_t>(actor)].id; };
        throw io::DataError(table.where(row),
                            "alias '" + alias.text + "' is claimed by " + owner(alias.actor) +
                                " here and by " + owner(other.actor) + " on line " +
                                std::to_string(other.line));
      }
      repeat = repeat || same_text;  // a harmless repeat for the same actor
    }
    if (repeat) continue;
    same_folded.push_back(g.aliases_.size());
    g.aliases_.push_back(std::move(alias));
  }
  if (std::none_of(g.aliases_.begin(), g.aliases_.end(), [](const Alias& a) { return a.actor >= 0; })) {
    throw io::DataError({aliases_csv, 0, -1}, "no aliases: no actor can be found");
  }
  return g;
}

std::vector<std::string> Gazetteer::actors_without_aliases() const {
  std::vector<bool> named(actors_.size(), false);
  for (const Alias& a : aliases_) {
    if (a.actor >= 0) named[static_cast<std::size_t>(a.actor)] = true;
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < actors_.size(); ++i) {
    if (!named[i]) out.push_back(actors_[i].id);
  }
  return out;
}

}  // namespace actornet::extract
