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

// Shortest decimal text that reads back to the same double, as std::to_chars
// writes it (plain or scientific, whichever is shorter: "0.1", "1e+21",
// "5e-324"); the same in every locale (never "0,1"). NaN is written as an
// empty field, infinities as "inf" / "-inf", and -0 as "0".
std::string format_double(double value);

}  // namespace actornet::io
