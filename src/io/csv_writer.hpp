// CSV output (RFC 4180). Every field goes through csv_escape, so commas,
// quotes and line breaks inside evidence text cannot break a row.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace actornet::io {

// Quotes `field` when it contains a comma, quote, CR or LF, or starts or ends
// with a space; doubles embedded quotes. Other fields are written unchanged.
std::string csv_escape(const std::string& field);

// Writes one record terminated by "\n".
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

// Shortest decimal text that reads back to the same double ("%.17g" trimmed
// by round-trip check); "nan"/"inf" are written as empty / "inf".
std::string format_double(double value);

}  // namespace actornet::io
