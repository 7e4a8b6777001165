// Sentence and paragraph spans by one byte scan. Only a handful of bytes can end a sentence
// ('\n', '.', '!', '?', ';' and the lead bytes of the full-width marks), so the loop touches
// every byte once (sixteen at a time where SSE2 allows) and decodes nothing else.
#include "text/sentences.hpp"

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimcheck {

namespace {

// Length of the full-width sentence mark starting at `p` (。！？；), or 0.
// (The three bytes are read as one number, the first the lowest, and compared whole.)
std::size_t fullwidth_terminator(std::string_view t, std::size_t p) {
  if (p + 3 > t.size()) return 0;
  const std::uint32_t c = static_cast<std::uint32_t>(static_cast<unsigned char>(t[p])) |
                          static_cast<std::uint32_t>(static_cast<unsigned char>(t[p + 1])) << 8 |
                          static_cast<std::uint32_t>(static_cast<unsigned char>(t[p + 2])) << 16;
  return c == 0x8280E3u || c == 0x81BCEFu || c == 0x9FBCEFu || c == 0x9BBCEFu ? 3 : 0;  // 。！？；
}

// Length of the closing quote or bracket starting at `p` (" ' ) ] ” ’ 」 』 ） 】 》 〉), or 0.
// Tested byte by byte: it is asked after every full stop, mostly of a space or a letter.
std::size_t closer(std::string_view t, std::size_t p) {
  const char c = t[p];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (p + 3 > t.size()) return 0;
  const auto b0 = static_cast<unsigned char>(c);
  const auto b1 = static_cast<unsigned char>(t[p + 1]);
  const auto b2 = static_cast<unsigned char>(t[p + 2]);
  if (b0 == 0xE2) return b1 == 0x80 && (b2 == 0x9D || b2 == 0x99) ? 3 : 0;  // ” ’
  if (b0 == 0xE3)                                                           // 」 』 】 》 〉
    return b1 == 0x80 && (b2 == 0x8D || b2 == 0x8F || b2 == 0x91 || b2 == 0x8B || b2 == 0x89) ? 3 : 0;
  if (b0 == 0xEF) return b1 == 0xBC && b2 == 0x89 ? 3 : 0;  // ）
  return 0;
}

// Per byte: whether white space may start with it (an ASCII blank, or the lead of NBSP or of
// the ideographic space) and whether it may end with it (an ASCII blank, or the last byte of
// either). Most bytes do neither, and one lookup tells so.
struct BlankBytes {
  bool first[256] = {};
  bool last[256] = {};
  constexpr BlankBytes() {
    for (unsigned char c : {' ', '\t', '\r', '\n', '\f', '\v'}) first[c] = last[c] = true;
    first[0xC2] = true;  // NBSP: C2 A0
    last[0xA0] = true;
    first[0xE3] = true;  // ideographic space: E3 80 80
    last[0x80] = true;
  }
};
constexpr BlankBytes kBlankBytes;

// Length of the white space starting at `p`: ASCII blanks, NBSP, the ideographic space.
std::size_t blank(std::string_view t, std::size_t p) {
  const char c = t[p];
  if (!kBlankBytes.first[static_cast<unsigned char>(c)]) return 0;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
  if (p + 2 <= t.size() && c == '\xC2' && t[p + 1] == '\xA0') return 2;
  if (p + 3 <= t.size() && c == '\xE3' && t[p + 1] == '\x80' && t[p + 2] == '\x80') return 3;
  return 0;
}

// True when some line holds only white space between two line breaks.
bool has_blank_line(std::string_view t) {
  std::size_t p = t.find('\n');
  while (p != std::string_view::npos) {
    std::size_t q = p + 1;
    while (q < t.size() && t[q] != '\n') {
      const std::size_t n = blank(t, q);
      if (n == 0) break;
      q += n;
    }
    if (q < t.size() && t[q] == '\n') return true;
    p = t.find('\n', q);
  }
  return false;
}

class SentenceCollector {
 public:
  SentenceCollector(std::string_view text, std::vector<Sentence>* out) : t_(text), out_(out) {}

  // Closes the sentence that runs from the last cut to `end`, trimmed; empty ones vanish.
  void cut(std::size_t end) {
    std::size_t b = start_;
    while (b < end) {
      const std::size_t n = blank(t_, b);
      if (n == 0 || b + n > end) break;
      b += n;
    }
    std::size_t e = end;
    while (e > b) {
      if (!kBlankBytes.last[static_cast<unsigned char>(t_[e - 1])]) break;
      if (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\r' || t_[e - 1] == '\n' ||
          t_[e - 1] == '\f' || t_[e - 1] == '\v') {
        --e;
      } else if (e - b >= 2 && t_[e - 2] == '\xC2' && t_[e - 1] == '\xA0') {
        e -= 2;
      } else if (e - b >= 3 && t_[e - 3] == '\xE3' && t_[e - 2] == '\x80' && t_[e - 1] == '\x80') {
        e -= 3;
      } else {
        break;
      }
    }
    if (e > b) {
      out_->push_back(Sentence{b, e, paragraph_});
      pending_break_ = false;
    }
    start_ = end;
  }

  std::size_t start() const { return start_; }

  // A paragraph break: the next non-empty sentence belongs to a new paragraph.
  void paragraph_break() {
    if (!out_->empty() && !pending_break_ && out_->back().paragraph == paragraph_) {
      ++paragraph_;
      pending_break_ = true;
    }
  }

 private:
  std::string_view t_;
  std::vector<Sentence>* out_;
  std::size_t start_ = 0;
  std::size_t paragraph_ = 0;
  bool pending_break_ = false;
};

// Bytes that may start a sentence mark or a line break: everything else is skipped by one
// table lookup.
struct MarkBytes {
  bool at[256] = {};
  constexpr MarkBytes() {
    for (unsigned char c : {'\n', '.', '!', '?', ';'}) at[c] = true;
    at[0xE3] = true;  // 。
    at[0xEF] = true;  // ！？；
  }
};
constexpr MarkBytes kMarkBytes;

// Whether the mark byte at `p` is worth a stop: any ASCII one, but a lead E3 or EF only when a
// full-width sentence mark starts there. Those leads also begin the full-width comma, colon and
// brackets and the ideographic space, which are common in Chinese text and end nothing.
bool stops_at(std::string_view t, std::size_t p) {
  const auto c = static_cast<unsigned char>(t[p]);
  return c < 0x80 || fullwidth_terminator(t, p) != 0;
}

// The first byte at or after `p` that may start a sentence mark or a line break, or n; a lead
// E3 or EF that starts no full-width sentence mark is passed over here, without a stop. With
// SSE2, sixteen bytes are tested at a time.
std::size_t next_mark_byte(std::string_view t, std::size_t p) {
  const std::size_t n = t.size();
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i stop = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i semicolon = _mm_set1_epi8(';');
  const __m128i lead_e3 = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i lead_ef = _mm_set1_epi8(static_cast<char>(0xEF));
  while (p + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + p));
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, stop)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, question))),
        _mm_or_si128(_mm_cmpeq_epi8(v, semicolon), _mm_or_si128(_mm_cmpeq_epi8(v, lead_e3), _mm_cmpeq_epi8(v, lead_ef))));
    // (the hits in byte order, each passed-over lead cleared from the mask)
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1) {
      const std::size_t q = p + static_cast<std::size_t>(__builtin_ctz(mask));
      if (stops_at(t, q)) return q;
    }
    p += 16;
  }
#endif
  for (; p < n; ++p)
    if (kMarkBytes.at[static_cast<unsigned char>(t[p])] && stops_at(t, p)) break;
  return p;
}

// True when [begin, end) holds only white space.
bool blank_span(std::string_view t, std::size_t begin, std::size_t end) {
  while (begin < end) {
    const std::size_t n = blank(t, begin);
    if (n == 0) return false;
    begin += n;
  }
  return true;
}

// Where to cut a run of `limit` bytes from `start` that holds no sentence mark: after the last
// blank or comma in its second half, else at the last character boundary before the limit.
std::size_t forced_cut(std::string_view t, std::size_t start, std::size_t limit) {
  const std::size_t end = start + limit;
  for (std::size_t q = end; q > start + limit / 2; --q) {
    const char c = t[q - 1];
    if (c == ' ' || c == ',' || c == '\t') return q;
    if (q - start >= 3 && t.compare(q - 3, 3, "\xEF\xBC\x8C") == 0) return q;  // ，
  }
  std::size_t q = end;
  while (q > start + 1 && (static_cast<unsigned char>(t[q]) & 0xC0) == 0x80) --q;
  return q;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  // Room for a sentence per 64 bytes, so that the list seldom grows: sentences of news run to
  // about 90 bytes, many shorter, and growing the list means a second allocation and a copy for
  // what is mostly a small document. (The list lives only while its document is processed.)
  out.reserve(text.size() / 64 + 1);
  const bool blank_lines_separate = has_blank_line(text);
  SentenceCollector collect(text, &out);
  const std::size_t n = text.size();
  std::size_t p = 0;
  std::size_t line_start = 0;
  while (p < n) {
    p = next_mark_byte(text, p);
    if (p - collect.start() > kMaxSentenceBytes) {
      // No mark for too long (a table, a list, hostile input): cut so that the work done per
      // sentence stays bounded.
      p = forced_cut(text, collect.start(), kMaxSentenceBytes);
      collect.cut(p);
      continue;
    }
    if (p >= n) break;
    const char c = text[p];
    if (c == '\n') {
      collect.cut(p);
      if (!blank_lines_separate || blank_span(text, line_start, p)) collect.paragraph_break();
      line_start = ++p;
      continue;
    }
    std::size_t mark = 0;
    if (c == '!' || c == '?' || c == ';') {
      mark = 1;
    } else if (c == '.') {
      // A full stop ends a sentence only before white space or the end of the text, closing
      // quotes and brackets allowed in between ("3.5" and "U.S.A" go on).
      std::size_t q = p + 1;
      while (q < n) {
        const std::size_t more = closer(text, q);
        if (more == 0) break;
        q += more;
      }
      if (q == n || blank(text, q) != 0) mark = 1;
    } else {
      mark = 3;  // a full-width mark: next_mark_byte stops at no other lead
    }
    if (mark == 0) {
      ++p;
      continue;
    }
    p += mark;
    // Repeated marks (?!, 。。) and closing quotes or brackets stay with the sentence.
    while (p < n) {
      std::size_t more = closer(text, p);
      if (more == 0) {
        const char d = text[p];
        if (d == '!' || d == '?' || d == '.' || d == ';') more = 1;
        else if (d == '\xE3' || d == '\xEF') more = fullwidth_terminator(text, p);
      }
      if (more == 0) break;
      p += more;
    }
    collect.cut(p);
  }
  collect.cut(n);
  return out;
}

}  // namespace claimcheck
