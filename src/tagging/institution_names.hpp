// Institution names in a unit's tokens: their words are no cues ("United
// Nations Charter", "Shanghai Cooperation Organisation"), on both tagging
// paths (tokens.hpp: Token::in_name).
#pragma once

#include <string>
#include <vector>

#include "tagging/tokens.hpp"

namespace actornet::tagging {

// Marks Token::in_name on the words of each institution name: a run of two
// or more capitalised words (with "of", "for", "on" between them) that
// contains an institution word (organisation, council, charter, nations,
// union, ...). In a title-case unit (most words capitalised, a heading) only
// the institution word, up to two capitalised words before it that are
// neither an actor nor a possible verb (-s), and an "of" phrase after it.
// `text` is the document's normalised text, which the tokens' offsets index.
void mark_institution_names(const std::string& text, std::vector<Token>& tokens);

}  // namespace actornet::tagging
