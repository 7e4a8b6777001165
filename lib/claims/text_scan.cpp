// Byte-level helpers for looking around a number.
#include "claims/text_scan.hpp"

#include <cstring>

#include "text/spaces.hpp"
#include "text/utf8.hpp"

namespace claimcheck::scan {

std::size_t skip_blanks(std::string_view text, std::size_t p, std::size_t limit) noexcept {
  for (; limit > 0; --limit) {
    const std::size_t n = p < text.size() && text[p] == '\t' ? 1 : text::space_length_at(text, p);
    if (n == 0) break;
    p += n;
  }
  return p;
}

std::size_t skip_blanks_back(std::string_view text, std::size_t p, std::size_t limit) noexcept {
  for (; limit > 0; --limit) {
    const std::size_t n = p > 0 && p <= text.size() && text[p - 1] == '\t' ? 1 : text::space_length_before(text, p);
    if (n == 0) break;
    p -= n;
  }
  return p;
}

bool is_clause_break(std::string_view text, std::size_t p) noexcept {
  if (p >= text.size()) return true;
  const char c = text[p];
  if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' || c == '"' ||
      c == '\n' || c == '\r')
    return true;
  if (c == '.') return p + 1 >= text.size() || !is_ascii_digit(text[p + 1]);
  if ((c != '\xEF' && c != '\xE3' && c != '\xE2') || p + 3 > text.size()) return false;
  static constexpr const char* kBreaks[] = {
      "\xEF\xBC\x8C", "\xE3\x80\x82", "\xEF\xBC\x9B", "\xEF\xBC\x9A", "\xEF\xBC\x81",
      "\xEF\xBC\x9F", "\xE3\x80\x81", "\xEF\xBC\x88", "\xEF\xBC\x89", "\xE2\x80\x9C",
      "\xE2\x80\x9D", "\xE3\x80\x8C", "\xE3\x80\x8D", "\xE3\x80\x8A", "\xE3\x80\x8B",
      "\xE3\x80\x90", "\xE3\x80\x91", "\xE3\x80\x8E", "\xE3\x80\x8F"};
  for (const char* mark : kBreaks)
    if (std::memcmp(text.data() + p, mark, 3) == 0) return true;
  return false;
}

std::size_t clause_start(std::string_view text, std::size_t p, std::size_t limit) noexcept {
  const std::size_t floor = p > limit ? p - limit : 0;
  std::size_t q = p;
  while (q > floor) {
    std::size_t b = q - 1;
    while (b > floor && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
    if (is_clause_break(text, b)) return q;
    q = b;
  }
  return q;
}

std::size_t clause_end(std::string_view text, std::size_t p, std::size_t limit) noexcept {
  const std::size_t ceiling = p + limit < text.size() ? p + limit : text.size();
  while (p < ceiling && !is_clause_break(text, p)) p += text::char_length_at(text, p);
  return p < ceiling ? p : ceiling;
}

}  // namespace claimcheck::scan
