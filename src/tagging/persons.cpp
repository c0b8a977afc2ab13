#include "tagging/persons.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace actornet::tagging {

namespace {

// Singular titles and person nouns: a word that names one person by office
// or trade. Plurals ("officials") name no one "he" can stand for.
const std::set<std::string>& person_nouns() {
  static const std::set<std::string> words = {
      "president",  "minister",  "premier",     "chancellor",   "king",       "queen",
      "prince",     "emir",      "sheikh",      "ayatollah",    "leader",     "envoy",
      "ambassador", "spokesman", "spokeswoman", "spokesperson", "secretary",  "commander",
      "senator",    "governor",  "mr",          "mrs",          "ms",         "dr",
      "professor",  "analyst",   "official",    "diplomat",     "adviser",    "advisor",
      "lawmaker",   "expert",    "researcher",  "journalist",   "commentator"};
  return words;
}

// Words that may stand between an owning actor and its title: "Iran's
// foreign minister", "the Russian deputy prime minister".
const std::set<std::string>& title_modifiers() {
  static const std::set<std::string> words = {
      "foreign", "defence", "defense",  "prime",   "deputy", "vice",    "top",    "senior",
      "former",  "chief",   "interior", "finance", "energy", "supreme", "acting", "new"};
  return words;
}

// Verbs of speech that follow a person's name: "John Smith said".
const std::set<std::string>& speech_verbs() {
  static const std::set<std::string> words = {"said", "says", "told", "added", "wrote", "argued"};
  return words;
}

}  // namespace

bool person_pronoun(const std::string& word) {
  static const std::set<std::string> words = {"he",  "him", "his",  "himself",
                                              "she", "her", "hers", "herself"};
  return words.count(word) > 0;
}

std::vector<PersonMention> person_mentions(const std::string& text,
                                           const std::vector<Token>& tokens,
                                           const std::vector<extract::Mention>& mentions,
                                           const extract::Gazetteer& gazetteer, bool heading) {
  std::vector<PersonMention> out;
  for (const extract::Mention& m : mentions)
    if (gazetteer.aliases()[m.alias].kind == "leader") out.push_back({m.begin, m.actor});

  if (!heading) {
    auto name_word = [&](std::size_t k) {
      return std::isupper(static_cast<unsigned char>(text[tokens[k].begin])) != 0 &&
             tokens[k].actor < 0 && !tokens[k].in_name;
    };
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      // A title or person noun.
      if (person_nouns().count(tokens[k].text) > 0 && tokens[k].actor < 0 && !tokens[k].in_name) {
        std::size_t o = k;
        while (o > 0 && k - o < 3 && title_modifiers().count(tokens[o - 1].text) > 0) --o;
        if (o > 0 && tokens[o - 1].actor >= 0 && !tokens[o].comma_before) {
          out.push_back({tokens[k].begin, tokens[o - 1].actor});  // "Iran's foreign minister"
          continue;
        }
        // A leader's own name after the title ("President Vladimir Putin")
        // is that leader's mention.
        std::size_t n = k + 1;
        while (n < tokens.size() && person_nouns().count(tokens[n].text) > 0) ++n;
        if (n < tokens.size() && tokens[n].actor >= 0 && !tokens[n].comma_before) continue;
        out.push_back({tokens[k].begin, -1});
        continue;
      }
      // A name with no title, before a verb of speech or an apposition
      // ("John Smith said", "John Smith, an analyst").
      if (!name_word(k) || k + 1 >= tokens.size() || !name_word(k + 1) ||
          tokens[k + 1].comma_before)
        continue;
      std::size_t j = k + 1;
      while (j < tokens.size() && name_word(j) && !tokens[j].comma_before) ++j;
      const bool speaks = j < tokens.size() && speech_verbs().count(tokens[j].text) > 0;
      const bool apposed =
          j < tokens.size() && tokens[j].comma_before &&
          (tokens[j].text == "a" || tokens[j].text == "an" || tokens[j].text == "the");
      if (speaks || apposed) out.push_back({tokens[k].begin, -1});
      k = j - 1;
    }
  }
  std::sort(out.begin(), out.end(),
            [](const PersonMention& a, const PersonMention& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace actornet::tagging
