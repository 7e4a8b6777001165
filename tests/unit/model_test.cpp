#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/claim.hpp"
#include "claimcheck/report.hpp"

using claimcheck::Qualifier;

TEST_CASE("model: qualifier names round-trip", "[model]") {
  const std::pair<Qualifier, std::string> table[] = {
      {Qualifier::exact, "exact"},         {Qualifier::approx, "approx"},
      {Qualifier::at_least, "at_least"},   {Qualifier::more_than, "more_than"},
      {Qualifier::at_most, "at_most"},     {Qualifier::less_than, "less_than"},
      {Qualifier::range, "range"},
  };
  for (const auto& [q, name] : table) {
    CHECK(claimcheck::to_string(q) == name);
    Qualifier back = Qualifier::exact;
    CHECK(claimcheck::parse_qualifier(name, &back));
    CHECK(back == q);
  }
  Qualifier untouched = Qualifier::range;
  CHECK_FALSE(claimcheck::parse_qualifier("roughly", &untouched));
  CHECK(untouched == Qualifier::range);
}

TEST_CASE("model: kind and verdict names", "[model]") {
  CHECK(std::string(claimcheck::to_string(claimcheck::NumberKind::number)) == "number");
  CHECK(std::string(claimcheck::to_string(claimcheck::NumberKind::date)) == "date");
  CHECK(std::string(claimcheck::to_string(claimcheck::NumberKind::time)) == "time");
  CHECK(std::string(claimcheck::to_string(claimcheck::NumberKind::ordinal)) == "ordinal");
  CHECK(std::string(claimcheck::to_string(claimcheck::Verdict::contradiction)) == "contradiction");
  CHECK(std::string(claimcheck::to_string(claimcheck::Verdict::discrepancy)) == "discrepancy");
}
