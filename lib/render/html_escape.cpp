#include "render/html_escape.hpp"

#include <unicode/utf8.h>

#include <cstdint>

#include "text/utf8.hpp"

namespace claimcheck::render {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_forbidden_control(UChar32 c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  return text::is_control(static_cast<char32_t>(c));
}

void append_chunk(std::string* out, std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || is_forbidden_control(c)) {
      out->append(kReplacement);
      continue;
    }
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&#39;"); break;
      default: out->append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
}

}  // namespace

void append_html_escaped(std::string* out, std::string_view text) {
  out->reserve(out->size() + text.size());
  // ICU's walker counts in int32_t: feed larger texts in chunks that end on a lead byte.
  constexpr std::size_t kChunk = std::size_t{1} << 30;
  while (text.size() > kChunk) {
    std::size_t cut = kChunk;
    while (cut > kChunk - 4 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    append_chunk(out, text.substr(0, cut));
    text.remove_prefix(cut);
  }
  append_chunk(out, text);
}

std::string html_escaped(std::string_view text) {
  std::string out;
  append_html_escaped(&out, text);
  return out;
}

}  // namespace claimcheck::render
