#include "extract/cooccurrence.hpp"

#include <algorithm>
#include <map>

#include "io/errors.hpp"
#include "io/fingerprint.hpp"

namespace actornet::extract {

namespace {

// One unit's mentions, kept for contexts.
using tagging::UnitMentions;

// First mention of an actor in a context, and how many there are.
struct ActorInContext {
  const UnitMentions* first_unit = nullptr;
  const Mention* first = nullptr;
  std::int64_t count = 0;
};

std::string excerpt(const corpus::ProcessedDocument& doc, const corpus::Block& b) {
  std::string text = doc.original_text(b.begin, b.end);
  if (text.size() <= kExcerptBytes) return text;
  std::size_t cut = kExcerptBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 safe
  return text.substr(0, cut) + "...";
}

EvidenceRow evidence_for(const corpus::ProcessedDocument& doc, const ActorMatcher& matcher,
                         const std::vector<const UnitMentions*>& context, int a, int b,
                         const ActorInContext& first_a, const ActorInContext& first_b,
                         std::int64_t weight) {
  const auto& actors = matcher.gazetteer().actors();
  EvidenceRow row;
  row.doc_seq = doc.source.meta.position;
  row.doc_id = doc.source.meta.id;
  row.date = doc.source.meta.date;
  row.unit_first = context.front()->unit->index;
  row.unit_last = context.back()->unit->index;
  row.actor_a = actors[static_cast<std::size_t>(a)].id;
  row.actor_b = actors[static_cast<std::size_t>(b)].id;
  row.alias_a = doc.original_text(first_a.first->begin, first_a.first->end);
  row.alias_b = doc.original_text(first_b.first->begin, first_b.first->end);
  row.mentions_a = first_a.count;
  row.mentions_b = first_b.count;
  row.weight = weight;
  const corpus::Unit* ua = first_a.first_unit->unit;
  const corpus::Unit* ub = first_b.first_unit->unit;
  const corpus::Unit* lo = ua->index <= ub->index ? ua : ub;
  const corpus::Unit* hi = ua->index <= ub->index ? ub : ua;
  row.unit_kind = lo->kind;
  row.start_byte = doc.byte_offset(lo->begin);
  row.end_byte = doc.byte_offset(hi->end);
  row.start_char = doc.char_offset(lo->begin);
  row.end_char = doc.char_offset(hi->end);
  // Adjacent units are quoted as one stretch of the original, so the quote
  // is exactly what the offsets cover; distant ones are joined by " [...] ".
  if (hi->index <= lo->index + 1) {
    row.text = doc.original_text(lo->begin, hi->end);
  } else {
    row.text = doc.original_text(lo->begin, lo->end) + " [...] " + doc.original_text(hi->begin, hi->end);
  }
  return row;
}

void count_context(const corpus::ProcessedDocument& doc, const ActorMatcher& matcher,
                   const CooccurrenceOptions& options,
                   const std::vector<const UnitMentions*>& context, DocumentExtraction& out) {
  if (context.empty()) return;
  Tally& tally = out.tally;
  ++tally.units;
  std::map<int, ActorInContext> present;  // ordered by actor index = id order
  for (const UnitMentions* um : context) {
    for (const Mention& m : um->mentions) {
      ActorInContext& entry = present[m.actor];
      if (entry.count++ == 0) {
        entry.first_unit = um;
        entry.first = &m;
      }
    }
  }
  for (const auto& [actor, entry] : present) ++tally.actor_units[static_cast<std::size_t>(actor)];
  for (auto i = present.begin(); i != present.end(); ++i) {
    for (auto j = std::next(i); j != present.end(); ++j) {
      const std::int64_t weight = options.full_counting ? i->second.count * j->second.count : 1;
      PairCount& c = tally.pairs[{i->first, j->first}];
      c.units += 1;
      c.count += weight;
      out.evidence.push_back(
          evidence_for(doc, matcher, context, i->first, j->first, i->second, j->second, weight));
    }
  }
}

// Tags every kept unit and attaches the document's curated rows; counts
// them in the tally ("auto:cooperation", "curated:withheld", "curated:excluded").
void add_relations(const corpus::ProcessedDocument& doc, const std::vector<UnitMentions>& kept,
                   const RelationSources& sources, io::Diagnostics* diagnostics, DocumentExtraction& out) {
  std::vector<Relation> curated;
  if (sources.curated != nullptr) {
    io::Diagnostics ignored;
    curated = resolve_curated(doc, sources.curated->for_document(doc.source.meta.id), sources.curated_file,
                              diagnostics != nullptr ? *diagnostics : ignored);
  }
  std::vector<Relation> automatic;
  if (sources.tagger != nullptr) {
    automatic = sources.tagger->tag_document(doc, kept);
  }
  for (const Relation& r : curated) {
    ++out.tally.relations[r.excluded_by.empty() ? std::string("curated:") + to_string(r.polarity)
                                               : std::string("curated:excluded")];
  }
  for (const Relation& r : automatic) ++out.tally.relations[std::string("auto:") + to_string(r.polarity)];
  // Merge by unit, curated first within a unit; stable, so file order is kept.
  out.relations = std::move(curated);
  out.relations.insert(out.relations.end(), std::make_move_iterator(automatic.begin()),
                       std::make_move_iterator(automatic.end()));
  std::stable_sort(out.relations.begin(), out.relations.end(), [](const Relation& a, const Relation& b) {
    if (a.unit != b.unit) return a.unit < b.unit;
    return a.origin == "curated" && b.origin != "curated";
  });
}

}  // namespace

std::string CooccurrenceOptions::unit_label() const {
  switch (scope) {
    case ContextScope::kSentence: return "sentence";
    case ContextScope::kParagraph: return "paragraph";
    case ContextScope::kDocument: return "document";
    case ContextScope::kWindow: return "window:" + std::to_string(window);
  }
  return "sentence";
}

void parse_unit(const std::string& text, CooccurrenceOptions& options) {
  if (text == "sentence") options.scope = ContextScope::kSentence;
  else if (text == "paragraph") options.scope = ContextScope::kParagraph;
  else if (text == "document") options.scope = ContextScope::kDocument;
  else if (text.rfind("window:", 0) == 0) {
    const std::string k = text.substr(7);
    std::size_t used = 0;
    long value = 0;
    try {
      value = std::stol(k, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != k.size() || value < 1 || value > 1000) {
      throw io::UsageError("--unit window:K needs a whole number K from 1 to 1000, not '" + k + "'");
    }
    options.scope = ContextScope::kWindow;
    options.window = static_cast<std::size_t>(value);
  } else {
    throw io::UsageError("unknown --unit '" + text +
                         "' (expected sentence, paragraph, document or window:K)");
  }
}

DocumentExtraction extract_document(const corpus::ProcessedDocument& doc,
                                    const ActorMatcher& matcher,
                                    const CooccurrenceOptions& options,
                                    const RelationSources& sources,
                                    io::Diagnostics* diagnostics) {
  DocumentExtraction out;
  out.tally = Tally::empty(matcher.gazetteer().actors(), options.unit_label(),
                           options.counting_label());
  out.tally.documents = 1;
  out.tally.content_hash = io::Fingerprint().add(doc.source.meta.id).add("\n").add(doc.source.bytes).value();
  out.tally.date_min = out.tally.date_max = doc.source.meta.date;
  for (const corpus::Block& b : doc.blocks) {
    if (b.exclusion.empty()) continue;
    ++out.tally.excluded_blocks[b.exclusion];
    out.exclusions.push_back({doc.source.meta.position, doc.source.meta.id, b.exclusion, b.reason, b.first_line,
                              b.last_line, doc.byte_offset(b.begin), doc.byte_offset(b.end),
                              excerpt(doc, b)});
  }
  if (doc.masks.footnote_markers > 0)
    out.tally.masked["footnote-markers"] += static_cast<std::int64_t>(doc.masks.footnote_markers);
  if (doc.masks.markup > 0) out.tally.masked["markup"] += static_cast<std::int64_t>(doc.masks.markup);

  std::vector<UnitMentions> kept;
  for (const corpus::Unit& u : doc.units) {
    if (u.excluded) {
      ++out.tally.excluded_units[doc.blocks[u.block].exclusion];
      continue;
    }
    UnitMentions um;
    um.unit = &u;
    std::size_t lowercase = 0;
    um.mentions = matcher.find(doc.normalized, u.begin, u.end, &lowercase);
    if (lowercase > 0) out.tally.masked["lowercase-names"] += static_cast<std::int64_t>(lowercase);
    for (const Mention& m : um.mentions) ++out.tally.actor_mentions[static_cast<std::size_t>(m.actor)];
    kept.push_back(std::move(um));
  }
  add_relations(doc, kept, sources, diagnostics, out);

  std::vector<const UnitMentions*> context;
  switch (options.scope) {
    case ContextScope::kSentence:
      for (const UnitMentions& um : kept) {
        context.assign(1, &um);
        count_context(doc, matcher, options, context, out);
      }
      break;
    case ContextScope::kParagraph:
      for (std::size_t i = 0; i < kept.size();) {
        context.clear();
        const std::size_t block = kept[i].unit->block;
        while (i < kept.size() && kept[i].unit->block == block) context.push_back(&kept[i++]);
        count_context(doc, matcher, options, context, out);
      }
      break;
    case ContextScope::kDocument:
      context.clear();
      for (const UnitMentions& um : kept) context.push_back(&um);
      count_context(doc, matcher, options, context, out);
      break;
    case ContextScope::kWindow: {
      const std::size_t k = options.window;
      const std::size_t windows = kept.size() <= k ? (kept.empty() ? 0 : 1) : kept.size() - k + 1;
      for (std::size_t w = 0; w < windows; ++w) {
        context.clear();
        for (std::size_t i = w; i < std::min(kept.size(), w + k); ++i) context.push_back(&kept[i]);
        count_context(doc, matcher, options, context, out);
      }
      break;
    }
  }
  return out;
}

}  // namespace actornet::extract
