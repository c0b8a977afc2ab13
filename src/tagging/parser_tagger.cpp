#include "tagging/parser_tagger.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "tagging/clause_roles.hpp"
#include "tagging/parse_graph.hpp"
#include "tagging/references.hpp"

namespace actornet::tagging {

namespace {

using extract::CueKind;
using extract::Polarity;
using extract::Relation;

// Category of a topic noun qualified as cold ("strained relations") and of
// siding against someone: CAMEO 11 disapprove, the mildest conflict root.
constexpr const char* kColdCategory = "11";

bool has_reference_word(const std::vector<Token>& tokens, const CueIndex& cues) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (cues.modifier_at(tokens, i, extract::ModifierType::kReference)) return true;
  }
  return false;
}

// A heading in title case ("Hungary Blocks Aid for Ukraine") is given to
// the parser in sentence case: Link Grammar reads a run of capitalised
// words as one proper name. Actor names and the first word keep their case;
// only ASCII capitals change, so byte offsets stay valid.
void sentence_case(ParseText& text, const std::vector<extract::Mention>& mentions) {
  std::size_t words = 0, capitalised = 0;
  auto word_start = [&](std::size_t k) { return k == 0 || text.text[k - 1] == ' '; };
  for (std::size_t k = 0; k < text.text.size(); ++k) {
    if (!word_start(k) || !std::isalpha(static_cast<unsigned char>(text.text[k]))) continue;
    ++words;
    if (std::isupper(static_cast<unsigned char>(text.text[k]))) ++capitalised;
  }
  if (words < 3 || capitalised * 2 <= words) return;
  auto in_mention = [&](std::size_t k) {
    for (const extract::Mention& m : mentions)
      if (text.start[k] >= m.begin && text.start[k] < m.end) return true;
    return false;
  };
  bool first = true;
  for (std::size_t k = 0; k < text.text.size(); ++k) {
    if (!word_start(k) || !std::isalpha(static_cast<unsigned char>(text.text[k]))) continue;
    if (!first && !in_mention(k) && std::isupper(static_cast<unsigned char>(text.text[k])) &&
        !(k + 1 < text.text.size() &&
          std::isupper(static_cast<unsigned char>(text.text[k + 1])))) {  // keep "EU", "NATO"
      text.text[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(text.text[k])));
    }
    first = false;
  }
}

// Whether a hit is a relational noun or verb (partnership, treaty, ties), which
// may name the paragraph's pair without naming it ("This partnership has
// been solidified").
bool has_relational_cue(const std::vector<CueHit>& hits, const extract::Lexicon& lexicon) {
  for (const CueHit& h : hits)
    if (lexicon.cues()[h.cue].kind != CueKind::kAction) return true;
  return false;
}

// Linkages read per sentence. Link Grammar ranks linkages by syntactic cost
// alone; among near-equal ones, the reading that gives the cues actor roles
// is preferred (semantic reranking of a parser's n-best list, as in
// Charniak & Johnson 2005, with the count of filled roles as the score).
constexpr std::size_t kLinkages = 32;

std::size_t role_pairs(const std::vector<Event>& events) {
  std::set<std::pair<int, int>> pairs;
  for (const Event& e : events) {
    if (e.cancelled) continue;
    for (int a : e.agents)
      for (int b : e.recipients)
        if (a != b) pairs.insert(std::minmax(a, b));
    if (e.joint)
      for (int a : e.agents)
        for (int b : e.agents)
          if (a < b) pairs.insert({a, b});
  }
  return pairs.size();
}

struct Candidate;
}  // namespace

std::optional<Parse> ParserTagger::best_linkage(std::vector<Parse> linkages, const ParseText& text,
                                                const std::vector<Token>& tokens,
                                                const std::vector<CueHit>& hits) const {
  if (linkages.empty()) return std::nullopt;
  std::size_t best = 0, best_score = 0;
  for (std::size_t i = 0; i < linkages.size() && linkages.size() > 1; ++i) {
    const ParseGraph graph(linkages[i], text, tokens, hits);
    const std::size_t score = role_pairs(find_events(graph, tokens, hits, cues_, nullptr));
    if (score > best_score) {  // ties keep the parser's order
      best = i;
      best_score = score;
    }
  }
  return std::move(linkages[best]);
}

bool ParserTagger::is_topic_cue(const std::string& cue) const { return topic_cues_.count(cue) > 0; }

namespace {
struct Candidate {
  Relation relation;
  int rank = 0;          // lower wins: 0 verb, 1 noun, 2 topic noun or control verb, 3 unasserted
  std::size_t word = 0;  // the cue's word in the parse
  std::size_t governor = 0;  // the word governing a noun cue, or 0
  bool controls_act = false;
};

}  // namespace

ParserTagger::ParserTagger(const CueIndex& cues, const extract::Gazetteer& gazetteer,
                           const LinkParser& parser)
    : cues_(cues), gazetteer_(gazetteer), parser_(parser), shallow_(cues, gazetteer) {
  for (const extract::Cue& c : cues_.lexicon().cues()) {
    if (c.kind == CueKind::kFrame) topic_cues_.insert(c.text + (c.prefix ? "*" : ""));
    if (c.kind != CueKind::kAction) relational_cues_.insert(c.text + (c.prefix ? "*" : ""));
  }
}

std::vector<Relation> ParserTagger::tag_document(const corpus::ProcessedDocument& doc,
                                                 const std::vector<UnitMentions>& units) const {
  std::vector<Relation> out;
  ParagraphMemory memory;
  const int doc_year = document_year(doc);
  const auto& lexicon = cues_.lexicon();
  auto id = [this](int a) { return gazetteer_.actors()[static_cast<std::size_t>(a)].id; };

  for (const UnitMentions& um : units) {
    const corpus::Unit& unit = *um.unit;
    if (!memory.started() || memory.paragraph() != unit.block) memory.start_paragraph(unit.block);
    std::set<int> distinct;
    for (const extract::Mention& m : um.mentions) distinct.insert(m.actor);
    std::vector<Token> tokens = tokenize(doc, unit.begin, unit.end, um.mentions);
    cues_.mark_modifiers(tokens);
    const std::vector<CueHit> hits = cues_.find(tokens);
    // A unit naming fewer than two actors is read when a reference word may
    // supply the rest ("It condemned Israel", "They signed a treaty").
    const bool referring = distinct.size() < 2 && !hits.empty() &&
                           distinct.size() + memory.other_actors(distinct) >= 2 &&
                           (has_reference_word(tokens, cues_) || has_relational_cue(hits, lexicon));
    for (const extract::Mention& m : um.mentions) memory.mention(m.begin, m.actor);
    if (distinct.size() < 2 && !referring) continue;

    const bool heading = unit.kind == "heading";
    std::vector<Relation> relations;
    std::optional<Parse> parse;
    ParseText text = parse_text(doc, unit.begin, unit.end, um.mentions);
    if (heading) sentence_case(text, um.mentions);
    if (!hits.empty())
      parse = best_linkage(parser_.parse_all(text.text, kLinkages), text, tokens, hits);
    if (!hits.empty() && !parse) {
      if (distinct.size() >= 2) {
        for (Relation& r : shallow_.tag(doc, unit, um.mentions)) {
          // A topic noun is no relation on either path, nor a heading's label
          // (a negated one is a refusal the heading reports).
          if (is_topic_cue(r.cue) || (heading && is_relational_cue(r.cue) && r.negation.empty())) {
            r.polarity = Polarity::kNeutral;
            r.category.clear();
            r.cue.clear();
            r.intensity = 0.0;
          }
          out.push_back(std::move(r));
        }
      }
      continue;
    }
    if (parse) {
      const std::vector<Relation> shallow =
          distinct.size() >= 2 ? shallow_.tag(doc, unit, um.mentions) : std::vector<Relation>{};
      const ParseGraph graph(std::move(*parse), text, tokens, hits);
      // Acts of this very sentence may be referred to later in it ("Israel
      // struck Iranian sites; Russia condemned them"): a first reading
      // without references records them.
      bool acted = false;
      for (const Event& e : find_events(graph, tokens, hits, cues_, nullptr)) {
        if (lexicon.cues()[hits[e.hit].cue].kind != CueKind::kAction || e.recipients.empty())
          continue;
        for (int a : e.agents) memory.act(tokens[hits[e.hit].first].begin, a);
        acted = acted || !e.agents.empty();
      }
      if (!acted) {
        // The parse may miss an act the shallow rules see ("After Israeli and
        // U.S. attacks on Iran, Russia condemned them"): its agents are acts
        // at the start of the unit.
        for (const Relation& r : shallow) {
          if (!r.directed || r.polarity == Polarity::kNeutral) continue;
          for (std::size_t a = 0; a < gazetteer_.actors().size(); ++a)
            if (gazetteer_.actors()[a].id == r.source) memory.act(unit.begin, static_cast<int>(a));
        }
      }
      // Per pair and polarity: a sentence that states two relations for a
      // pair keeps both (coding rules §6, mixed sentences: "strained yet
      // strategic relationship" gives rivalry and cooperation).
      std::map<std::tuple<std::string, std::string, Polarity>, Candidate> best;
      std::set<std::string> seen;  // actors of some relation the parse found
      for (const Event& e : find_events(graph, tokens, hits, cues_, &memory)) {
        if (e.cancelled) continue;
        const extract::Cue& cue = lexicon.cues()[hits[e.hit].cue];
        if (cue.kind == CueKind::kFrame && e.qualifier == 0 && !e.asserted)
          continue;  // a topic label
        std::string category = cue.category;
        double intensity = cue.intensity;
        if (cue.kind == CueKind::kFrame && e.qualifier < 0) {
          category = kColdCategory;
          const extract::Category* cold = lexicon.category(category);
          intensity = cold != nullptr ? cold->goldstein : -2.0;
        }
        const extract::Category* cat = lexicon.category(category);
        // An unasserted cue (a question, a heading's label) decides its pairs
        // as no relation, below any relation the sentence asserts.
        const bool label =
            heading && cue.kind != CueKind::kAction && !graph.is_verb(e.word) && !e.asserted;
        const bool unasserted = e.unasserted || label;
        const std::string polarity = cat != nullptr && !unasserted ? cat->polarity : "neutral";
        std::vector<std::tuple<int, int, bool>> pairs;
        if (cue.kind == CueKind::kAction && !e.recipients.empty()) {
          for (int a : e.agents)
            for (int b : e.recipients)
              if (a != b) pairs.emplace_back(a, b, true);
        } else if (cue.kind != CueKind::kAction && !e.agents.empty() && !e.recipients.empty()) {
          // "Beijing and Moscow maintain ties with Iran and Israel": each side
          // with each partner, not the partners with each other.
          for (int a : e.agents)
            for (int b : e.recipients)
              if (a != b) pairs.emplace_back(a, b, false);
        } else if (e.joint) {
          // Joint actors of one role: "Russia and Iran traded", "ties between A and B".
          const std::set<int>& all = e.agents;
          for (auto x = all.begin(); x != all.end(); ++x)
            for (auto y = std::next(x); y != all.end(); ++y) pairs.emplace_back(*x, *y, false);
        }
        const int year = year_near(tokens, hits[e.hit].first);
        const std::string cue_text = cue.text + (cue.prefix ? "*" : "");
        const CueReading reading{category,  polarity, intensity, cue_text,
                                 e.negated, e.hedged, year};
        // Lower wins: a verb, a noun, a topic noun or a control verb whose
        // infinitive is the act ("agreed to halt sales"), an unasserted cue.
        const int rank = unasserted                                      ? 3
                         : cue.kind == CueKind::kFrame || e.controls_act ? 2
                         : graph.is_verb(e.word)                         ? 0
                                                                         : 1;
        auto keep = [&](Relation r) {
          seen.insert(r.source);
          seen.insert(r.target);
          r.resolved = e.resolved;
          const auto [lo, hi] = std::minmax(r.source, r.target);
          const std::tuple<std::string, std::string, Polarity> key{
              lo, hi, r.polarity};  // copies: r moves below
          auto found = best.find(key);
          if (found == best.end() || rank < found->second.rank)
            best[key] = {std::move(r), rank, e.word, e.governor, e.controls_act};
        };
        for (const auto& [a, b, directed] : pairs)
          keep(relation_from_cue(id(a), id(b), directed, reading, doc_year));
        if (!e.negated && !unasserted && !e.opponents.empty()) {
          // Siding against someone disapproves of them (coding rules §5:
          // "sided with X against Y" -> 11).
          const extract::Category* against = lexicon.category(kColdCategory);
          const CueReading opposed{kColdCategory,
                                   against != nullptr ? against->polarity : "rivalry",
                                   against != nullptr ? against->goldstein : -2.0,
                                   cue_text,
                                   false,
                                   e.hedged,
                                   year};
          for (int a : e.agents)
            for (int b : e.opponents)
              if (a != b) keep(relation_from_cue(id(a), id(b), true, opposed, doc_year));
        }
      }
      // A second polarity for a pair stands unless it is a reading of the
      // first: a noun governed by the cue verb that relates the pair with
      // another polarity ("blocked aid to Ukraine" is the blocking, not also
      // withheld aid; "accused Ethiopia of violating the agreement"), or a
      // control verb whose infinitive does ("agreed to halt sales").
      using PairKey = std::pair<std::string, std::string>;
      std::map<PairKey, std::vector<const Candidate*>> by_pair;
      for (const auto& [key, candidate] : best)
        if (std::get<2>(key) != Polarity::kNeutral)
          by_pair[{std::get<0>(key), std::get<1>(key)}].push_back(&candidate);
      auto reading_of_another = [&](const PairKey& pair, const Candidate& c) {
        for (const Candidate* other : by_pair[pair]) {
          if (other == &c || other->relation.polarity == c.relation.polarity) continue;
          if (c.governor != 0 && c.governor == other->word) return true;
          if (c.controls_act && other->rank == 0) return true;
        }
        return false;
      };
      std::set<PairKey> decided;
      for (auto& [key, candidate] : best) {
        const PairKey pair{std::get<0>(key), std::get<1>(key)};
        decided.insert(pair);
        // "No relation" stands only where the parse found no relation for the pair.
        if (std::get<2>(key) == Polarity::kNeutral && !by_pair[pair].empty()) continue;
        if (std::get<2>(key) != Polarity::kNeutral && reading_of_another(pair, candidate)) continue;
        relations.push_back(candidate.relation);
      }
      if (distinct.size() >= 2) {
        // Pairs the parse relates to nothing take the shallow rules' answer
        // (the parse often attaches a phrase too high to reach the pair),
        // unless the parse gave both actors roles in other relations, or the
        // answer rests on a topic noun, which the parse has read as a topic.
        for (const Relation& r : shallow) {
          const std::pair<std::string, std::string> key = std::minmax(r.source, r.target);
          if (r.polarity == Polarity::kNeutral || decided.count(key) > 0) continue;
          if (seen.count(r.source) > 0 && seen.count(r.target) > 0)
            continue;  // the parse placed both elsewhere
          if (is_topic_cue(r.cue) || (heading && is_relational_cue(r.cue) && r.negation.empty()))
            continue;
          relations.push_back(r);
        }
      }
    }
    add_comentions(doc, distinct, gazetteer_, relations);
    for (Relation& r : relations) {
      if (r.tagger.empty()) r.tagger = "parser";
    }
    attach_evidence(doc, unit, "", relations);
    for (Relation& r : relations) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace actornet::tagging
