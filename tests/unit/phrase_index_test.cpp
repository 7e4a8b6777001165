// The idiom table of the claim binder: a phrase found inside a window and sharing a byte with
// the number's span.
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "claims/phrase_index.hpp"

using claimcheck::PhraseIndex;

TEST_CASE("phrase index: a phrase inside the window that overlaps the span", "[claims][phrase_index]") {
  const PhraseIndex idioms({"从0到1", "0-1", "1-10", "24/7"});
  const std::string text = "公司实现从0到1的突破";  // 从0到1 at bytes 12..20, its 0 at 15
  CHECK(idioms.overlaps(text, 0, text.size(), 15, 16));
  CHECK(idioms.overlaps(text, 0, text.size(), 19, 20));  // the 1
  CHECK_FALSE(idioms.overlaps(text, 0, text.size(), 20, 23));  // 的: after the phrase
  CHECK_FALSE(idioms.overlaps(text, 0, text.size(), 9, 12));   // 现: before it
  // The window must hold the whole phrase.
  CHECK_FALSE(idioms.overlaps(text, 13, text.size(), 15, 16));
  CHECK_FALSE(idioms.overlaps(text, 0, 19, 15, 16));
  CHECK(idioms.overlaps(text, 12, 20, 15, 16));
}

TEST_CASE("phrase index: phrases sharing a first byte, the window past the text", "[claims][phrase_index]") {
  const PhraseIndex idioms({"0-1", "0到100", "1-10"});
  const std::string text = "rated 1-10 by";
  CHECK(idioms.overlaps(text, 0, 1000, 6, 7));
  CHECK(idioms.overlaps(text, 0, 1000, 8, 10));
  CHECK_FALSE(idioms.overlaps(text, 0, 1000, 10, 13));
  CHECK(idioms.overlaps("0到100", 0, 1000, 4, 7));
  CHECK_FALSE(idioms.overlaps("0到10", 0, 1000, 4, 6));
  CHECK_FALSE(PhraseIndex().overlaps(text, 0, text.size(), 0, text.size()));
}

TEST_CASE("phrase index: characters sharing the phrase's first bytes", "[claims][phrase_index]") {
  const PhraseIndex idioms({"从0到1"});  // 从 is E4 BB 8E
  CHECK_FALSE(idioms.overlaps("与0到1", 0, 100, 3, 4));  // 与 E4 B8 8E: the first byte only
  CHECK_FALSE(idioms.overlaps("以0到1", 0, 100, 3, 4));  // 以 E4 BB A5: the first two
  CHECK(idioms.overlaps("以从0到1", 0, 100, 6, 7));
}

TEST_CASE("phrase index: an empty phrase is refused", "[claims][phrase_index]") {
  CHECK_THROWS_AS(PhraseIndex({"24/7", ""}), std::runtime_error);
}
