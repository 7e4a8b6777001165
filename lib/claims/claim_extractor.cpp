// Claim extraction: grammar hits in, bound claims out. The grammar reads the text in chunks of
// whole sentences, so the list of number expressions stays small however long the document;
// the binder still sees the whole text around each one.
#include "claims/claim_extractor.hpp"

#include <algorithm>

#include "claims/compound_duration.hpp"
#include "claims/exchange_rate.hpp"
#include "claims/local_currency.hpp"
#include "claims/set_string.hpp"
#include "claims/text_scan.hpp"

namespace claimcheck {

namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
// The most number expressions the scratch list of a thread keeps room for between documents.
constexpr std::size_t kKeptNumbers = 1024;

// Whether `bytes` hold only ASCII letters and spaces: the words of a hedge, not a sign, a symbol
// or a digit.
bool words_only(std::string_view bytes) {
  for (const char c : bytes)
    if (!scan::is_ascii_letter(c) && c != ' ') return false;
  return !bytes.empty();
}

}  // namespace

ClaimExtractor::ClaimExtractor(const NumberGrammar& grammar, const std::vector<ObjectKind>& objects)
    : grammar_(grammar), binder_(objects) {}

void ClaimExtractor::join_next(std::string_view text, const std::vector<NumberExpr>& numbers, std::size_t after,
                               std::size_t chunk_begin, Claim* claim) const {
  // (Only money and durations join: most claims leave at the first letter of their dimension.)
  const char kind = claim->dimension.empty() ? '\0' : claim->dimension[0];
  if (kind != 'c' && kind != 'd') return;
  std::size_t from = 0;
  const bool exchange = kind == 'c';
  if (exchange ? !exchange_word_after(binder_.tables(), text, *claim, &from)
               : !duration_may_continue(text, *claim, &from))
    return;
  // The expressions starting at `from` or one character after it (3年零2个月: 零 may be an
  // expression of its own).
  std::size_t k = after;
  while (k < numbers.size() && numbers[k].begin + chunk_begin < from) ++k;
  for (; k < numbers.size() && numbers[k].begin + chunk_begin <= from + 3; ++k) {
    NumberExpr next = numbers[k];
    next.begin += chunk_begin;
    next.end += chunk_begin;
    Claim second;
    if (!binder_.bind(text, next, &second)) continue;
    if (exchange) {
      if (join_exchange_rate(text, from, *claim, second, claim)) return;
    } else if (join_compound_duration(text, from, *claim, second, claim)) {
      // 2小时01分09秒: the joined length may go on
      join_next(text, numbers, k + 1, chunk_begin, claim);
      return;
    }
  }
}

void ClaimExtractor::extract(std::string_view text, std::string_view source,
                             const std::vector<Sentence>& sentences, Extraction* out) const {
  // The number expressions of a chunk are scratch, kept from document to document on each
  // thread (so the extractor stays safe for concurrent use): most documents are small, and a
  // fresh list of a few kilobytes for each, too big for the allocator's quick paths, took several
  // hundred instructions to allocate and free. A list grown past kKeptNumbers by a long document
  // is let go after it.
  thread_local std::vector<NumberExpr> scratch;
  std::vector<NumberExpr>& numbers = scratch;
  numbers.clear();
  numbers.reserve(std::min(text.size(), kChunkBytes + kChunkBytes / 4) / 48 + 8);
  // Room for a claim per 100 bytes: news text, Chinese above all, states one about every 110
  // bytes, and a list that outgrows its room moves every claim it holds to a new one.
  out->claims.reserve(out->claims.size() + text.size() / 100 + 4);
  std::size_t sentence = 0;       // the first sentence that may hold the next claim
  std::size_t next_sentence = 0;  // the first sentence not yet in a chunk
  std::size_t last_end = 0;
  std::size_t chunk_begin = 0;
  // Each claim is bound in place, in a slot at the end of the list that stays there only once
  // the claim is whole: no copy of a claim, no fresh claim per number. A number that makes no
  // claim leaves the fields a binding sets, which the next binding sets again.
  bool slot_open = false;
  DocumentCurrency currency(binder_.tables(), text);
  while (chunk_begin < text.size()) {
    // The chunk runs to the end of the sentence that crosses kChunkBytes, or to the end.
    std::size_t chunk_end = text.size();
    while (next_sentence < sentences.size()) {
      const std::size_t end = sentences[next_sentence++].end;
      if (end >= chunk_begin + kChunkBytes && end < text.size()) {
        chunk_end = end;
        break;
      }
    }
    numbers.clear();
    const std::size_t notes_before = out->notes.size();
    grammar_.scan(text.substr(chunk_begin, chunk_end - chunk_begin), &numbers, &out->notes);
    for (std::size_t i = notes_before; i < out->notes.size(); ++i) {
      out->notes[i].begin += chunk_begin;
      out->notes[i].end += chunk_begin;
    }
    for (std::size_t n = 0; n < numbers.size(); ++n) {
      NumberExpr& number = numbers[n];
      number.begin += chunk_begin;
      number.end += chunk_begin;
      if (number.begin < last_end) continue;  // inside the previous claim's unit or object phrase
      if (!slot_open) {
        out->claims.emplace_back();
        slot_open = true;
      }
      Claim& claim = out->claims.back();
      if (!binder_.bind(text, number, &claim)) continue;
      // The next number may make one claim with this one: 1美元兑7.1884元人民币 is one exchange
      // rate, 2小时30分钟 one length of time.
      join_next(text, numbers, n + 1, chunk_begin, &claim);
      if (claim.begin < last_end) {
        // Its sign or currency was the previous claim's: no claim. Its hedge word was ($5 million
        // or more than $6 million): bound again without the text before, with its own words.
        if (!words_only(text.substr(claim.begin, last_end - claim.begin))) continue;
        NumberExpr rest = number;
        rest.begin -= last_end;
        rest.end -= last_end;
        if (!binder_.bind(text.substr(last_end), rest, &claim)) continue;
        claim.begin += last_end;
        claim.end += last_end;
      }
      while (sentence < sentences.size() && sentences[sentence].end <= claim.begin) ++sentence;
      claim.sentence_begin = claim.begin;
      claim.sentence_end = claim.end;
      if (sentence < sentences.size() && sentences[sentence].begin <= claim.begin) {
        // A claim crosses no clause mark but the comma before a margin ($37.5 billion, plus or
        // minus 2%), so it stays inside its sentence; should a sentence end inside it all the
        // same, the span still holds it.
        if (sentences[sentence].begin < claim.sentence_begin) claim.sentence_begin = sentences[sentence].begin;
        if (sentences[sentence].end > claim.sentence_end) claim.sentence_end = sentences[sentence].end;
      }
      currency.settle(&claim);
      scan::set_string(claim.source, source);
      last_end = claim.end;
      slot_open = false;
    }
    chunk_begin = chunk_end;
  }
  if (slot_open) out->claims.pop_back();
  if (numbers.capacity() > kKeptNumbers) std::vector<NumberExpr>().swap(numbers);
}

}  // namespace claimcheck
