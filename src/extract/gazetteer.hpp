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
  // line for: a missing column, an empty or duplicate actor id, a control
  // character (byte < 0x20 or 0x7F) in an actor id, name or type or in an
  // alias, an alias row with an unknown actor, an empty alias, a bad `case`
  // value, and an alias claimed by two actors (compared case-insensitively
  // when either row is case-insensitive, against every earlier row with the
  // same lower-cased text; the message names both lines). Throws, naming the
  // aliases file, when no alias names an actor ("no aliases": nothing could
  // ever be found). Alias text is normalised like corpus text (curly quotes,
  // dashes); an exact repeat of an alias for the same actor is ignored. An
  // actor without aliases is allowed: see actors_without_aliases().
  static Gazetteer load(const std::string& actors_csv, const std::string& aliases_csv);

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Alias>& aliases() const { return aliases_; }
  // Index of actor `id`, or -1.
  int find_actor(const std::string& id) const;
  // Ids (sorted) of the actors that no alias names: they can never be found,
  // so the caller should report each as a warning.
  std::vector<std::string> actors_without_aliases() const;

 private:
  std::vector<Actor> actors_;  // sorted by id
  std::vector<Alias> aliases_;
};

}  // namespace actornet::extract
