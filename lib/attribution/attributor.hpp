// Attribution: what each claim is about.
//
// subject — the entity the clause says owns the number: the owner or actor, not the maker of the
//   counted object ("DeepSeek应该拥有50,000颗辉达H100晶片" → DeepSeek). Looked for right after the
//   number ("$593 billion off Nvidia"), in the claim's clause (before the number, then after),
//   before the clause in its sentence, then the topic (first subject) of the nearest preceding
//   sentence of the same paragraph that names one, then after the clause in its own sentence,
//   then — when the measure is known — the topic of the title or lead. Entities come from the configuration's alias table; capitalised or
//   CamelCase Latin names the table lacks (Zhipu, Moonshot) count too.
// measure — a measure whose object classes hold the counted object's class (a count of
//   GPU-class objects is gpu_count), else the trigger word nearest the number in the clause,
//   then in the sentence, among the measures that apply to the claim's dimension.
//
// Every alias and trigger is matched in one pass over a sentence, and only sentences that hold
// claims (or are needed for a fallback) are read. Built once, immutable, safe for concurrent
// use by multiple threads; each thread keeps the lists attribute() works in from one call to the
// next, so that a document seldom costs an allocation (attributor.cpp: Scratch).
#ifndef CLAIMCHECK_LIB_ATTRIBUTION_ATTRIBUTOR_HPP
#define CLAIMCHECK_LIB_ATTRIBUTION_ATTRIBUTOR_HPP

#include <memory>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "text/sentences.hpp"

namespace claimcheck {

class Attributor {
 public:
  explicit Attributor(const Config& config);
  ~Attributor();
  Attributor(const Attributor&) = delete;
  Attributor& operator=(const Attributor&) = delete;

  // Fills the subject and measure of each claim that has none. `sentences` are the spans of
  // `text` (split_sentences); claims refer to `text` by byte offsets.
  void attribute(std::string_view text, const std::vector<Sentence>& sentences, std::vector<Claim>* claims) const;

  struct Tables;

 private:
  std::shared_ptr<const Tables> tables_;
};

}  // namespace claimcheck

#endif
