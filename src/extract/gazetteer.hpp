// The actor gazetteer: who the actors are and which words name them.
//
// Two CSV files in data/gazetteer/ (format and reasons in README,
// "The gazetteer"):
//   actors.csv   id,name,type,description
//   aliases.csv  actor,alias,case,kind,member,note
// `actor` is an id from actors.csv, or "-" for a blocking phrase: text that
// contains an alias but names no actor ("Persian Gulf"). `case` is
// "sensitive" or "insensitive". `member` names the member state a group
// actor's alias designates ("Riyadh" -> Saudi Arabia in Gulf states).
#pragma once

#include <string>
#include <vector>

namespace actornet::extract {

struct Actor {
  std::string id;
  std::string name;
  std::string type;
  std::string description;
};

struct Alias {
  std::string text;
  int actor = -1;  // index into Gazetteer::actors(); -1 for a blocking phrase
  bool case_sensitive = false;
  std::string kind;
  std::string member;
  std::string file;
  std::size_t line = 0;
};

class Gazetteer {
 public:
  // Loads and validates both files. Throws io::DataError naming the file and
  // line for: a missing column, an empty or duplicate actor id, an alias row
  // with an unknown actor, an empty alias, a bad `case` value, and an alias
  // claimed by two actors (compared case-insensitively when either row is
  // case-insensitive; the message names both lines). Alias text is normalised
// like corpus text (curly quotes, dashes); an exact repeat of an alias for the
// same actor is ignored.
  static Gazetteer load(const std::string& actors_csv, const std::string& aliases_csv);

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Alias>& aliases() const { return aliases_; }
  // Index of actor `id`, or -1.
  int find_actor(const std::string& id) const;

 private:
  std::vector<Actor> actors_;  // sorted by id
  std::vector<Alias> aliases_;
};

}  // namespace actornet::extract
