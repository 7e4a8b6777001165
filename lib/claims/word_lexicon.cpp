// Longest-match word lookup over two path-compressed tries of folded bytes, one forward and one
// backward.
#include "claims/word_lexicon.hpp"

#include <algorithm>
#include <cstring>

#include "text/spaces.hpp"

namespace claimcheck {

namespace {

inline char fold(char c) noexcept { return text::ascii_lower(c); }

// Length of the UTF-8 sequence whose lead byte is `c` (1 for a stray continuation byte).
inline std::size_t sequence_length(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  if (b < 0xC0) return 1;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  return 4;
}

// The character starting at `pos` packed into a key (ASCII folded); never 0 for a non-NUL byte.
inline std::uint32_t key_at(std::string_view s, std::size_t pos, std::size_t* length) noexcept {
  std::size_t n = sequence_length(s[pos]);
  if (pos + n > s.size()) n = 1;
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < n; ++i) key = (key << 8) | static_cast<unsigned char>(fold(s[pos + i]));
  *length = n;
  return key;
}

// The character ending at `end` packed into a key (ASCII folded).
inline std::uint32_t key_before(std::string_view s, std::size_t end) noexcept {
  std::size_t b = end - 1;
  while (b > 0 && end - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  std::size_t n = 0;
  const std::uint32_t key = key_at(s, b, &n);
  return (b + n == end) ? key : static_cast<unsigned char>(fold(s[end - 1]));
}

// From kCare + 8 - n on: n bytes of 0xFF (n from 1 to 8), then zeros.
constexpr unsigned char kCare[16] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};

// Whether the eight bytes at s hold the first n bytes of `chunk`, ASCII folded.
template <class Chunk>
inline bool holds_chunk(const char* s, const Chunk& chunk, std::size_t n) noexcept {
  std::uint64_t x, care;
  std::memcpy(&x, s, 8);
  std::memcpy(&care, kCare + 8 - n, 8);
  return ((x | chunk.letters) & care) == chunk.bytes;
}

// Whether s[0, length) holds a run of a word (ASCII folded), given `room` bytes of text from s
// on: eight bytes at a time while the text has them, then byte by byte.
template <class Chunk>
bool holds_long_run(const char* s, std::size_t room, const Chunk* chunk, std::size_t length) noexcept {
  if (length > room) return false;
  std::size_t i = 0;
  for (; i < length && room - i >= 8; i += 8, ++chunk)
    if (!holds_chunk(s + i, *chunk, std::min<std::size_t>(length - i, 8))) return false;
  const auto* bytes = reinterpret_cast<const char*>(&chunk->bytes);  // the run's bytes, in order
  for (std::size_t k = 0; i < length; ++i, ++k)
    if (fold(s[i]) != bytes[k]) return false;
  return true;
}

// The same, in one compare for the common run of at most eight bytes with eight bytes of text.
template <class Chunk>
inline bool holds_run(const char* s, std::size_t room, const Chunk* chunk, std::size_t length) noexcept {
  if (length <= 8 && room >= 8) return holds_chunk(s, *chunk, length);
  return holds_long_run(s, room, chunk, length);
}

constexpr std::uint64_t kOnes = 0x0101010101010101u;

// The length of `word` held by `text` at `pos` (ASCII folded; a space of the word matches a
// space of any kind), 0 when it is not there.
inline std::size_t match_folded(std::string_view text, std::size_t pos, const std::string& word) noexcept {
  std::size_t p = pos;
  for (const char c : word) {
    if (p < text.size() && fold(text[p]) == c) {
      ++p;
    } else if (const std::size_t n = c == ' ' ? text::space_length_at(text, p) : 0; n != 0) {
      p += n;
    } else {
      return 0;
    }
  }
  return p - pos;
}

// The same, for `word` ending at `end`: the length held, 0 when it is not there.
inline std::size_t match_folded_before(std::string_view text, std::size_t end, const std::string& word) noexcept {
  std::size_t p = end;
  for (auto it = word.rbegin(); it != word.rend(); ++it) {
    if (p > 0 && fold(text[p - 1]) == *it) {
      --p;
    } else if (const std::size_t n = *it == ' ' ? text::space_length_before(text, p) : 0; n != 0) {
      p -= n;
    } else {
      return 0;
    }
  }
  return end - p;
}

}  // namespace

void WordLexicon::add(std::string_view word, int payload) {
  if (word.empty()) return;
  std::string folded(word);
  for (char& c : folded) c = fold(c);
  words_.push_back(Word{std::move(folded), payload});  // build() keeps the first of a word added twice
}

void WordLexicon::build(Index* index, bool by_last) const {
  // Each word spelled in the order a walk meets its bytes (backward: from its last byte on).
  // Sorted, the words that share a beginning stand together, and each node of the trie is the
  // range of words that share the bytes on its path.
  struct Entry {
    std::string_view spelled;
    std::uint32_t word;
  };
  std::string reversed;  // backward: every word spelled from its last byte on, one after another
  if (by_last)
    for (const Word& w : words_) reversed.append(w.text.rbegin(), w.text.rend());
  std::size_t spelled_at = 0;
  std::vector<Entry> entries;
  entries.reserve(words_.size());
  index->odd.clear();
  for (std::uint32_t i = 0; i < words_.size(); ++i) {
    const std::string& w = words_[i].text;
    const std::string_view spelled = by_last ? std::string_view(reversed).substr(spelled_at, w.size()) : w;
    spelled_at += w.size();
    std::size_t n = 0;
    const std::uint32_t key = by_last ? key_before(w, w.size()) : key_at(w, 0, &n);
    if (key == 0) continue;  // it starts (or ends) with NUL: no lookup finds it
    // A lookup keys on the text's first (last) character as a whole. The trie's bytes key
    // alike when that character is whole in the word and holds no space; else the word is odd.
    const bool odd = by_last ? key < 0x100 && (static_cast<unsigned char>(w.back()) & 0xC0) == 0x80
                             : n != sequence_length(w[0]) || w.find(' ', 1) < n;
    if (odd)
      index->odd.push_back(i);
    else
      entries.push_back(Entry{spelled, i});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.spelled != b.spelled ? a.spelled < b.spelled : a.word < b.word;
  });

  for (auto& root : index->roots) root = 0;
  index->nodes.clear();
  index->words.clear();
  index->edges.clear();
  index->chunks.clear();
  index->dense.clear();
  for (auto& row : index->pairs) row = 0;
  // The six low bits of a folded byte as the text may write it: a lower-case letter in either case.
  const auto upper = [](unsigned char c) -> unsigned { return (c >= 'a' && c <= 'z' ? c - 0x20 : c) & 63u; };
  for (const Word& word : words_) {
    const std::string& w = word.text;  // already folded
    const auto first = static_cast<unsigned char>(by_last ? w.back() : w.front());
    std::uint64_t bits = ~std::uint64_t{0};
    if (w.size() > 1) {
      const auto second = static_cast<unsigned char>(by_last ? w[w.size() - 2] : w[1]);
      // a space stands for any space, whose bytes differ: let every second byte through
      if (second != ' ') bits = std::uint64_t{1} << (second & 63u) | std::uint64_t{1} << upper(second);
    }
    index->pairs[first & 63u] |= bits;
    index->pairs[upper(first)] |= bits;
  }

  struct Builder {
    const WordLexicon& lexicon;
    Index& index;
    const std::vector<Entry>& entries;
    bool by_last;
    std::vector<Edge> pending;  // the edges of the nodes being built, innermost last

    // Whether a space other than ASCII's may begin (backward: end) with byte c (text/spaces.hpp).
    bool spells_space(unsigned char c) const {
      if (!by_last) return c == 0xC2 || c == 0xE2 || c == 0xE3;
      return (c >= 0x80 && c <= 0x8A) || c == 0x9F || c == 0xA0 || c == 0xAF;
    }

    // The run spelled[from, to) as chunks, in text order; its first chunk.
    std::uint32_t add_run(std::string_view spelled, std::size_t from, std::size_t to) {
      const auto label = static_cast<std::uint32_t>(index.chunks.size());
      const std::size_t length = to - from;
      for (std::size_t at = 0; at < length; at += 8) {
        unsigned char bytes[8] = {}, letters[8] = {};
        for (std::size_t i = 0; i < 8 && at + i < length; ++i) {
          const auto c = static_cast<unsigned char>(by_last ? spelled[to - 1 - at - i] : spelled[from + at + i]);
          bytes[i] = c;
          letters[i] = c >= 'a' && c <= 'z' ? 0x20 : 0;
        }
        Chunk chunk;
        std::memcpy(&chunk.bytes, bytes, 8);
        std::memcpy(&chunk.letters, letters, 8);
        index.chunks.push_back(chunk);
      }
      return label;
    }

    // A new node of entries[lo, hi), which share their first `depth` bytes.
    std::uint32_t node(std::size_t lo, std::size_t hi, std::size_t depth) {
      const auto at = static_cast<std::uint32_t>(index.nodes.size());
      index.nodes.emplace_back();
      index.words.push_back(-1);
      fill(at, lo, hi, depth);
      return at;
    }

    // Node `at`, of entries[lo, hi).
    void fill(std::uint32_t at, std::size_t lo, std::size_t hi, std::size_t depth) {
      Node node;
      std::size_t i = lo;
      if (entries[i].spelled.size() == depth) {  // a beginning of the others sorts first
        const Word& w = lexicon.words_[entries[i].word];
        index.words[at] = static_cast<std::int32_t>(entries[i].word);
        node.payload = w.payload;
        node.ends_word = true;
        node.word_edge = is_ascii_alnum(by_last ? w.text.front() : w.text.back());
        do ++i;
        while (i < hi && entries[i].spelled.size() == depth);  // the same word added again: the first stays
      }
      const std::size_t first_pending = pending.size();
      while (i < hi) {
        const std::string_view first = entries[i].spelled;
        const char c = first[depth];
        std::size_t j = i + 1;
        while (j < hi && entries[j].spelled[depth] == c) ++j;
        if (c == ' ') {
          node.space = this->node(i, j, depth + 1);
        } else if (node.space != 0 && spells_space(static_cast<unsigned char>(c))) {
          // These words could spell out here, byte for byte, a space that the space edge takes
          // too, and the walk would have two ways to go: they are left to the odd words.
          for (std::size_t k = i; k < j; ++k) index.odd.push_back(entries[k].word);
        } else {
          // the run goes on while the words agree, none ends and no space comes
          const std::string_view last = entries[j - 1].spelled;
          std::size_t stop = depth + 1;
          while (first.size() > stop && first[stop] == last[stop] && first[stop] != ' ' && stop - depth < 0xFFFF)
            ++stop;
          Edge edge;
          edge.length = static_cast<std::uint16_t>(stop - depth);
          edge.next = static_cast<unsigned char>(c);
          edge.label = add_run(first, depth, stop);
          edge.target = this->node(i, j, stop);
          pending.push_back(edge);
        }
        i = j;
      }
      node.edges = static_cast<std::uint32_t>(index.edges.size());
      node.count = static_cast<std::uint16_t>(pending.size() - first_pending);
      index.edges.insert(index.edges.end(), pending.begin() + first_pending, pending.end());
      pending.resize(first_pending);
      const Edge* edges = index.edges.data() + node.edges;
      if (node.count <= 8) {
        for (std::size_t k = 0; k < node.count; ++k) node.nexts |= std::uint64_t{edges[k].next} << (8 * k);
      } else {  // a byte table where words part many ways
        node.nexts = index.dense.size() / 256;
        index.dense.resize(index.dense.size() + 256, 0);
        std::uint8_t* table = index.dense.data() + node.nexts * 256;
        for (std::size_t k = 0; k < node.count; ++k) table[edges[k].next] = static_cast<std::uint8_t>(k + 1);
      }
      index.nodes[at] = node;
    }
  };
  // Node 0, then the roots in the order of their bytes, then the rest.
  std::size_t roots = 0;
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (i == 0 || entries[i].spelled[0] != entries[i - 1].spelled[0])
      index->roots[static_cast<unsigned char>(entries[i].spelled[0])] = static_cast<std::uint8_t>(++roots);
  index->nodes.resize(1 + roots);
  index->words.resize(1 + roots, -1);
  Builder builder{*this, *index, entries, by_last, {}};
  for (std::size_t lo = 0, hi; lo < entries.size(); lo = hi) {
    const char c = entries[lo].spelled[0];
    for (hi = lo + 1; hi < entries.size() && entries[hi].spelled[0] == c;) ++hi;
    builder.fill(index->roots[static_cast<unsigned char>(c)], lo, hi, 1);
  }
  if (index->odd.empty()) index->words.clear();  // only the odd words' lookups ask for them
  index->nodes.shrink_to_fit();
  index->words.shrink_to_fit();
  index->edges.shrink_to_fit();
  index->chunks.shrink_to_fit();
  index->dense.shrink_to_fit();
  index->odd.shrink_to_fit();
}

void WordLexicon::freeze() {
  build(&forward_, false);
  build(&backward_, true);
}

// The edge of `node` whose run starts (backward: ends) with byte `next`, if any.
inline bool WordLexicon::Index::edge(const Node& node, unsigned char next, const Edge** out) const {
  std::size_t k;
  if (node.count == 1) {
    if ((node.nexts & 0xFF) != next) return false;
    k = 0;
  } else if (node.count <= 8) {
    // the first byte of nexts that equals `next`: a zero byte of x, the lowest bit of m
    const std::uint64_t x = node.nexts ^ (kOnes * next);
    const std::uint64_t m = (x - kOnes) & ~x & (kOnes << 7);
    if (m == 0) return false;
    k = static_cast<std::size_t>(__builtin_ctzll(m)) >> 3;
    if (k >= node.count) return false;  // a zero byte past the edges
  } else {
    k = dense[node.nexts * 256 + next];
    if (k-- == 0) return false;
  }
  *out = edges.data() + node.edges + k;
  return true;
}

// Keeps the better of two words found: the longer, then the first added.
void WordLexicon::keep_better(Found* best, const Found& other) const {
  if (other.word < 0) return;
  if (best->word >= 0) {
    const std::size_t a = words_[best->word].text.size();
    const std::size_t b = words_[other.word].text.size();
    if (a > b || (a == b && best->word < other.word)) return;
  }
  *best = other;
}

// The walks follow one path: a space of the text takes the space edge (no other edge of the
// node spells a space), and otherwise the edge of the text's next byte, while its run is there.
// Each word passed that keeps to the word edge is longer than those before it.
bool WordLexicon::match_at_slow(std::string_view text, std::size_t pos, Match* out, bool allow_plural) const {
  const std::size_t size = text.size();
  if (pos >= size) return false;
  const char* s = text.data();
  const Node* found = nullptr;
  std::size_t found_length = 0;
  std::uint32_t n = forward_.roots[static_cast<unsigned char>(fold(s[pos]))];
  std::size_t p = pos + 1;
  while (n != 0) {
    const Node& node = forward_.nodes[n];
    if (node.ends_word) {
      if (!node.word_edge || p == size || !is_ascii_alnum(s[p])) {
        found = &node;
        found_length = p - pos;
      } else if (allow_plural && (s[p] == 's' || s[p] == 'S') && (p + 1 == size || !is_ascii_alnum(s[p + 1]))) {
        found = &node;
        found_length = p - pos + 1;
      }
    }
    if (p == size) break;
    if (node.space != 0) {
      if (const std::size_t gap = text::space_length_at(text, p); gap != 0) {
        n = node.space;
        p += gap;
        continue;
      }
    }
    const Edge* e;
    if (node.count == 0 || !forward_.edge(node, static_cast<unsigned char>(fold(s[p])), &e) ||
        !holds_run(s + p, size - p, forward_.chunks.data() + e->label, e->length))
      break;
    n = e->target;
    p += e->length;
  }
  if (!forward_.odd.empty())
    return match_odd_at(text, pos, out, allow_plural,
                        found ? Found{forward_.words[found - forward_.nodes.data()], found_length, found->payload}
                              : Found{});
  if (found == nullptr) return false;
  *out = Match{found_length, found->payload};
  return true;
}

bool WordLexicon::match_before_slow(std::string_view text, std::size_t end, Match* out) const {
  const std::size_t size = text.size();
  if (end == 0 || end > size) return false;
  const char* s = text.data();
  const Node* found = nullptr;
  std::size_t found_at = 0;
  std::uint32_t n = backward_.roots[static_cast<unsigned char>(fold(s[end - 1]))];
  std::size_t p = end - 1;
  while (n != 0) {
    const Node& node = backward_.nodes[n];
    if (node.ends_word && (!node.word_edge || p == 0 || !is_ascii_alnum(s[p - 1]))) {
      found = &node;
      found_at = p;
    }
    if (p == 0) break;
    if (node.space != 0) {
      if (const std::size_t gap = text::space_length_before(text, p); gap != 0) {
        n = node.space;
        p -= gap;
        continue;
      }
    }
    const Edge* e;
    if (node.count == 0 || !backward_.edge(node, static_cast<unsigned char>(fold(s[p - 1])), &e) ||
        e->length > p ||
        !holds_run(s + (p - e->length), size - (p - e->length), backward_.chunks.data() + e->label, e->length))
      break;
    n = e->target;
    p -= e->length;
  }
  if (!backward_.odd.empty())
    return match_odd_before(
        text, end, out,
        found ? Found{backward_.words[found - backward_.nodes.data()], end - found_at, found->payload} : Found{});
  if (found == nullptr) return false;
  *out = Match{end - found_at, found->payload};
  return true;
}

// The odd words one by one, as the trie would hold them, and the better of them and `best`.
bool WordLexicon::match_odd_at(std::string_view text, std::size_t pos, Match* out, bool allow_plural,
                               Found best) const {
  std::size_t n = 0;
  const std::uint32_t key = key_at(text, pos, &n);
  for (const std::uint32_t i : forward_.odd) {
    const Word& w = words_[i];
    if (key_at(w.text, 0, &n) != key) continue;
    std::size_t length = match_folded(text, pos, w.text);
    if (length == 0) continue;
    const std::size_t after = pos + length;
    if (is_ascii_alnum(w.text.back()) && after < text.size() && is_ascii_alnum(text[after])) {
      const bool plural = allow_plural && (text[after] == 's' || text[after] == 'S') &&
                          (after + 1 == text.size() || !is_ascii_alnum(text[after + 1]));
      if (!plural) continue;
      ++length;
    }
    keep_better(&best, Found{static_cast<std::int32_t>(i), length, w.payload});
  }
  if (best.word < 0) return false;
  *out = Match{best.length, best.payload};
  return true;
}

bool WordLexicon::match_odd_before(std::string_view text, std::size_t end, Match* out, Found best) const {
  const std::uint32_t key = key_before(text, end);
  for (const std::uint32_t i : backward_.odd) {
    const Word& w = words_[i];
    if (key_before(w.text, w.text.size()) != key) continue;
    const std::size_t length = match_folded_before(text, end, w.text);
    if (length == 0) continue;
    const std::size_t begin = end - length;
    if (is_ascii_alnum(w.text.front()) && begin > 0 && is_ascii_alnum(text[begin - 1])) continue;
    keep_better(&best, Found{static_cast<std::int32_t>(i), length, w.payload});
  }
  if (best.word < 0) return false;
  *out = Match{best.length, best.payload};
  return true;
}

}  // namespace claimcheck
