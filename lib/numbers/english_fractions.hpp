// English fractions and mixed numbers: "two thirds", "a half", "three quarters billion",
// "one and a half", "3 million and a quarter", "half a dozen". Their values are quotients, so
// they are read as the nearest double rather than exactly.
#ifndef CLAIMCHECK_LIB_NUMBERS_ENGLISH_FRACTIONS_HPP
#define CLAIMCHECK_LIB_NUMBERS_ENGLISH_FRACTIONS_HPP

#include <cstddef>

#include "numbers/quantity.hpp"

namespace claimcheck::numbers {

struct FractionValue {
  double value = 0;
  std::size_t end = 0;
  bool whole = false;  // a whole number with a fraction (one and a half) or a scaled one (half million)
};

class EnglishFractions {
 public:
  explicit EnglishFractions(const QuantityReader& quantities) : quantities_(quantities) {}

  // After a quantity already read: "two| thirds", "one| and a half", "3 million| and a quarter".
  bool after_quantity(const Quantity& q, FractionValue* out) const;
  // At a word: "a half", "a fifth", "half million", "a quarter million", "half a dozen", "half".
  bool at_word(std::size_t pos, FractionValue* out) const;
  // The word at pos is dozen/dozens/dzs; writes the end of the word.
  bool dozen_at(std::size_t pos, std::size_t* end) const;

 private:
  bool denominator_at(std::size_t pos, double* den, std::size_t* end) const;
  bool simple_fraction_at(std::size_t pos, double* value, std::size_t* end) const;
  bool scale_at(std::size_t pos, int* power, std::size_t* end) const;
  // Scales the value by a following "million" or "of a million"; returns true if it did.
  bool apply_scale(FractionValue* f) const;

  const QuantityReader& quantities_;
};

}  // namespace claimcheck::numbers

#endif
