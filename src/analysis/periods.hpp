// Time periods for dyad scores (data/periods.csv: label,start,end; years,
// inclusive; an empty start or end leaves the period open on that side).
// Defaults that fit the sources: before 1991, 1991-2013, 2014-2021, since
// 2022 (the Soviet Union's end, Crimea, the full-scale war in Ukraine).
// Gaps between periods are allowed: a year in none of them has no period.
#pragma once

#include <climits>
#include <string>
#include <vector>

namespace actornet::analysis {

struct Period {
  std::string label;
  int start = INT_MIN;  // first year, inclusive
  int end = INT_MAX;    // last year, inclusive
  std::size_t line = 0;
};

// Reads and validates the file; returns the periods in chronological order.
// Throws io::DataError naming the file and line for: a missing column, an
// empty or repeated label, a year that is not a whole number, start after
// end, or two periods that overlap (and naming the file for a file with no
// period). Labels and years are trimmed of surrounding spaces.
std::vector<Period> load_periods(const std::string& path);

// The built-in default periods (used when the file does not exist); the same
// as data/periods.csv, with line 0.
std::vector<Period> default_periods();

// The period containing `year`, or nullptr (also for year 0 = unknown).
const Period* period_of(const std::vector<Period>& periods, int year);

}  // namespace actornet::analysis
