// The scan's walk over Han text: three-byte characters passed until one of a bit set.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "numbers/text_walk.hpp"

using claimcheck::numbers::skip_three_byte_run_outside;

TEST_CASE("numbers: a run of three-byte characters outside a bit set", "[numbers]") {
  std::vector<std::uint64_t> bits(0x10000 / 64);
  const char32_t yi = U'一';  // U+4E00, E4 B8 80
  bits[yi >> 6] |= std::uint64_t{1} << (yi & 63);
  const char32_t fw_zero = U'０';  // U+FF10, EF BC 90
  bits[fw_zero >> 6] |= std::uint64_t{1} << (fw_zero & 63);
  const std::uint64_t* b = bits.data();

  CHECK(skip_three_byte_run_outside("中文一个", 0, b) == 6);   // stops at 一
  CHECK(skip_three_byte_run_outside("中文一个", 6, b) == 6);   // 一 itself is in the set
  CHECK(skip_three_byte_run_outside("中文一个", 9, b) == 12);  // 个 to the end
  CHECK(skip_three_byte_run_outside("中文", 0, b) == 6);
  CHECK(skip_three_byte_run_outside("收入０元", 0, b) == 6);  // the last lead byte EF
  CHECK(skip_three_byte_run_outside("中a文", 0, b) == 3);     // ASCII ends the run
  CHECK(skip_three_byte_run_outside("é文", 0, b) == 0);       // two bytes: C3 A9
  CHECK(skip_three_byte_run_outside("😀文", 0, b) == 0);      // four bytes: F0 9F 98 80
  CHECK(skip_three_byte_run_outside("", 0, b) == 0);
  CHECK(skip_three_byte_run_outside(std::string_view("\xE4\xB8", 2), 0, b) == 0);    // cut short
  CHECK(skip_three_byte_run_outside(std::string_view("\xE4\x41\x80", 3), 0, b) == 0);  // no continuation
  CHECK(skip_three_byte_run_outside(std::string_view("\xE4\xB8\xC0", 3), 0, b) == 0);  // C0 is a lead
  CHECK(skip_three_byte_run_outside(std::string_view("\xD4\xB8\xAD", 3), 0, b) == 0);  // D4 is no E_ lead
}
