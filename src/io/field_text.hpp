// Small text operations on fields read from the project's CSV inputs
// (gazetteer, lexicon, curated relations, periods, edge lists), shared so
// that every loader trims and folds the same way.
#pragma once

#include <string>

namespace actornet::io {

// `text` without leading and trailing spaces and tabs.
std::string trim_blanks(const std::string& text);

// `text` with ASCII letters A-Z in lower case; other bytes (including UTF-8)
// unchanged. Locale-independent.
std::string ascii_lower(std::string text);

}  // namespace actornet::io
