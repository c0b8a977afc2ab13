#include "extract/gazetteer.hpp"

#include <algorithm>
#include <map>

#include "corpus/text_normalizer.hpp"
#include "io/csv_reader.hpp"
#include "io/errors.hpp"

namespace actornet::extract {

namespace {

std::string ascii_lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return s;
}

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
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
      a.id = trimmed(row.fields[c_id]);
      a.name = trimmed(row.fields[c_name]);
      a.type = c_type < 0 ? "" : trimmed(row.fields[static_cast<std::size_t>(c_type)]);
      a.description = c_description < 0 ? "" : row.fields[static_cast<std::size_t>(c_description)];
      if (a.id.empty() || a.id == "-") {
        throw io::DataError(table.where(row), "actor id is empty or '-' (reserved for blocking phrases)");
      }
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
  // Folded alias text -> index of the first alias row with it.
  std::map<std::string, std::size_t> by_folded;
  for (const io::CsvRecord& row : table.rows()) {
    Alias alias;
    // Aliases are normalised like the text they are matched against, so
    // "People’s" and "People's" are the same alias.
    alias.text = trimmed(corpus::normalize_text(row.fields[c_alias], nullptr).text);
    alias.file = aliases_csv;
    alias.line = row.line;
    alias.kind = c_kind < 0 ? "" : trimmed(row.fields[static_cast<std::size_t>(c_kind)]);
    alias.member = c_member < 0 ? "" : trimmed(row.fields[static_cast<std::size_t>(c_member)]);
    const std::string actor_id = trimmed(row.fields[c_actor]);
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
    const std::string folded = ascii_lower(alias.text);
    auto it = by_folded.find(folded);
    if (it != by_folded.end()) {
      const Alias& other = g.aliases_[it->second];
      const bool same_text = other.text == alias.text;
      const bool collide = same_text || !other.case_sensitive || !alias.case_sensitive;
      if (collide && other.actor != alias.actor) {
        auto owner = [&g](int actor) { return actor < 0 ? std::string("- (blocking phrase)") : g.actors_[static_cast<std::size_t>(actor)].id; };
        throw io::DataError(table.where(row),
                            "alias '" + alias.text + "' is claimed by " + owner(alias.actor) +
                                " here and by " + owner(other.actor) + " on line " +
                                std::to_string(other.line));
      }
      if (collide && same_text) continue;  // a harmless repeat for the same actor
    } else {
      by_folded.emplace(folded, g.aliases_.size());
    }
    g.aliases_.push_back(std::move(alias));
  }
  return g;
}

}  // namespace actornet::extract
