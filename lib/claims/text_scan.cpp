// Byte-level helpers for looking around a number.
#include "claims/text_scan.hpp"

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
  // One branch on the byte: most bytes are letters, digits or parts of Han characters, and no mark.
  switch (static_cast<unsigned char>(text[p])) {
    case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '"': case '\n': case '\r':
      return true;
    case '.':
      return p + 1 >= text.size() || !is_ascii_digit(text[p + 1]);
    case 0xE2: case 0xE3: case 0xEF:
      break;
    default:
      return false;
  }
  if (p + 3 > text.size()) return false;
  const auto b0 = static_cast<unsigned char>(text[p]);
  const auto b1 = static_cast<unsigned char>(text[p + 1]);
  const auto b2 = static_cast<unsigned char>(text[p + 2]);
  if (b0 == 0xE2) return b1 == 0x80 && (b2 == 0x9C || b2 == 0x9D);  // “ ”
  // 、 。 and 《 》 「 」 『 』 【 】, which stand together (not 〈 〉 before them)
  if (b0 == 0xE3) return b1 == 0x80 && (b2 == 0x81 || b2 == 0x82 || (b2 >= 0x8A && b2 <= 0x91));
  // ！ （ ） ， ： ； ？
  return b1 == 0xBC &&
         (b2 == 0x81 || b2 == 0x88 || b2 == 0x89 || b2 == 0x8C || b2 == 0x9A || b2 == 0x9B || b2 == 0x9F);
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
