// Headings as the parser tagger reads them.
#pragma once

#include <vector>

#include "extract/actor_matcher.hpp"
#include "tagging/parse_graph.hpp"

namespace actornet::tagging {

// A heading in title case ("Hungary Blocks Aid for Ukraine") is given to the
// parser in sentence case: Link Grammar reads a run of capitalised words as
// one proper name. Applies to a unit in title case (tokens.hpp:
// is_title_case); actor names, acronyms ("EU") and the first word keep their
// case. Only ASCII capitals change, so byte offsets stay valid.
void sentence_case(ParseText& text, const std::vector<extract::Mention>& mentions);

}  // namespace actornet::tagging
