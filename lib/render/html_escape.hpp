// HTML escaping for text and attribute values, repairing what is not valid UTF-8.
#ifndef CLAIMCHECK_RENDER_HTML_ESCAPE_HPP
#define CLAIMCHECK_RENDER_HTML_ESCAPE_HPP

#include <string>
#include <string_view>

namespace claimcheck::render {

// Appends `text` to `out` with & < > " ' written as character references, each invalid UTF-8
// sequence and each control character other than tab, line feed and carriage return written as
// U+FFFD. Safe in element content and in quoted attribute values.
void append_html_escaped(std::string* out, std::string_view text);

// The same, returned.
std::string html_escaped(std::string_view text);

}  // namespace claimcheck::render

#endif
