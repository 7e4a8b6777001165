// Claims read back from JSON Lines (what `claimcheck extract` writes), one object per line. A
// plain line takes the fast path (claim_line_scanner); any other goes through nlohmann-json's SAX
// interface straight into Claim fields, which also names what is wrong with a bad line. A claim
// already parsed (inside a report) is replayed through the same SAX reader.
#include <limits>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimcheck/json.hpp"
#include "render/claim_line_scanner.hpp"
#include "render/claim_object.hpp"

namespace claimcheck {

namespace {

using Json = nlohmann::json;

enum class Field {
  source, begin, end, text, value, low, high, qualifier, dimension, unit, object, subject, measure,
  sentence_begin, sentence_end, id, unknown
};

constexpr std::pair<std::string_view, Field> kFields[] = {
    {"source", Field::source}, {"begin", Field::begin}, {"end", Field::end}, {"text", Field::text},
    {"value", Field::value}, {"low", Field::low}, {"high", Field::high}, {"qualifier", Field::qualifier},
    {"dimension", Field::dimension}, {"unit", Field::unit}, {"object", Field::object},
    {"subject", Field::subject}, {"measure", Field::measure}, {"sentence_begin", Field::sentence_begin},
    {"sentence_end", Field::sentence_end}, {"id", Field::id},
};

constexpr unsigned kRequired = (1u << static_cast<unsigned>(Field::source)) |
                               (1u << static_cast<unsigned>(Field::begin)) |
                               (1u << static_cast<unsigned>(Field::end)) |
                               (1u << static_cast<unsigned>(Field::text)) |
                               (1u << static_cast<unsigned>(Field::value)) |
                               (1u << static_cast<unsigned>(Field::dimension)) |
                               (1u << static_cast<unsigned>(Field::unit));

// Fills one Claim from the SAX events of one line; the first mistake stops the parse and is kept
// as "<field>: <what is wrong>".
class ClaimReader : public nlohmann::json_sax<Json> {
 public:
  explicit ClaimReader(Claim* claim) : claim_(claim) {}

  const std::string& error() const { return error_; }
  unsigned seen() const { return seen_; }

  bool null() override {
    switch (field_) {
      case Field::low: claim_->low.reset(); return mark();
      case Field::high: claim_->high.reset(); return mark();
      case Field::object: claim_->object.reset(); return mark();
      case Field::subject: claim_->subject.reset(); return mark();
      case Field::measure: claim_->measure.reset(); return mark();
      case Field::id: return mark();
      default: return wrong("expected a value, got null");
    }
  }
  bool boolean(bool) override { return wrong("expected no boolean here"); }
  bool number_integer(number_integer_t v) override {
    if (is_offset()) return v < 0 ? wrong("expected a byte offset (a whole number ≥ 0)") : offset(static_cast<std::uint64_t>(v));
    return number(static_cast<double>(v));
  }
  bool number_unsigned(number_unsigned_t v) override {
    if (is_offset()) return offset(v);
    return number(static_cast<double>(v));
  }
  bool number_float(number_float_t v, const string_t&) override {
    if (is_offset()) return wrong("expected a byte offset (a whole number ≥ 0)");
    return number(v);
  }
  bool string(string_t& s) override {
    switch (field_) {
      case Field::source: claim_->source = std::move(s); return mark();
      case Field::text: claim_->text = std::move(s); return mark();
      case Field::dimension: claim_->dimension = std::move(s); return mark();
      case Field::unit: claim_->unit = std::move(s); return mark();
      case Field::object: claim_->object = std::move(s); return mark();
      case Field::subject: claim_->subject = std::move(s); return mark();
      case Field::measure: claim_->measure = std::move(s); return mark();
      case Field::qualifier:
        if (!parse_qualifier(s, &claim_->qualifier))
          return wrong(fmt::format("unknown qualifier \"{}\"", s));
        return mark();
      default: return wrong("expected a number, got a string");
    }
  }
  bool binary(binary_t&) override { return wrong("unexpected binary value"); }
  bool start_object(std::size_t) override {
    if (depth_++ == 0) return true;
    return wrong("expected a plain value, got an object");
  }
  bool key(string_t& k) override {
    field_ = Field::unknown;
    for (const auto& [name, field] : kFields)
      if (k == name) field_ = field;
    key_ = k;
    if (field_ == Field::unknown) return wrong("unknown field");
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 0) {
      error_ = "expected a JSON object (one claim per line)";
      return false;
    }
    return wrong("expected a plain value, got an array");
  }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    std::string what = e.what();
    const auto at = what.find("syntax error");
    error_ = fmt::format("column {}: {}", position, at == std::string::npos ? what : what.substr(at));
    return false;
  }

 private:
  bool is_offset() const {
    return field_ == Field::begin || field_ == Field::end || field_ == Field::sentence_begin ||
           field_ == Field::sentence_end || field_ == Field::id;
  }
  bool offset(std::uint64_t v) {
    if (v > std::numeric_limits<std::size_t>::max()) return wrong("byte offset too large");
    const auto o = static_cast<std::size_t>(v);
    switch (field_) {
      case Field::begin: claim_->begin = o; break;
      case Field::end: claim_->end = o; break;
      case Field::sentence_begin: claim_->sentence_begin = o; break;
      case Field::sentence_end: claim_->sentence_end = o; break;
      default: break;
    }
    return mark();
  }
  bool number(double v) {
    switch (field_) {
      case Field::value: claim_->value = v; return mark();
      case Field::low: claim_->low = v; return mark();
      case Field::high: claim_->high = v; return mark();
      default: return wrong("expected a string, got a number");
    }
  }
  bool mark() {
    seen_ |= 1u << static_cast<unsigned>(field_);
    return true;
  }
  bool wrong(const std::string& what) {
    error_ = depth_ == 0 ? "expected a JSON object (one claim per line)" : fmt::format("{}: {}", key_, what);
    return false;
  }

  Claim* claim_;
  Field field_ = Field::unknown;
  std::string key_;
  std::string error_;
  unsigned seen_ = 0;
  int depth_ = 0;
};

// Checks what the SAX events cannot: required fields present, spans in order.
std::string missing_or_inconsistent(const Claim& c, unsigned seen) {
  if ((seen & kRequired) != kRequired) {
    for (const auto& [name, field] : kFields)
      if ((kRequired >> static_cast<unsigned>(field)) & 1u && !((seen >> static_cast<unsigned>(field)) & 1u))
        return fmt::format("{}: missing", name);
  }
  if (c.end < c.begin) return fmt::format("end: {} is before begin {}", c.end, c.begin);
  // Found by fuzzing: a claim whose bounds are the wrong way round made an empty interval.
  if (c.low && c.high && *c.low > *c.high) return fmt::format("low: {} is above high {}", *c.low, *c.high);
  // Found by fuzzing: a value outside its own bounds (a range 7.8e7.. stated as 1.14e6) made an
  // interval upside down.
  if (c.low && c.value < *c.low) return fmt::format("value: {} is below low {}", c.value, *c.low);
  if (c.high && c.value > *c.high) return fmt::format("value: {} is above high {}", c.value, *c.high);
  if (c.sentence_end < c.sentence_begin)
    return fmt::format("sentence_end: {} is before sentence_begin {}", c.sentence_end, c.sentence_begin);
  return {};
}

// Replays a parsed JSON value as the SAX events its text would give.
bool replay(const nlohmann::ordered_json& value, nlohmann::json_sax<Json>* sax) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::null: return sax->null();
    case Type::boolean: return sax->boolean(value.get<bool>());
    case Type::number_integer: return sax->number_integer(value.get<Json::number_integer_t>());
    case Type::number_unsigned: return sax->number_unsigned(value.get<Json::number_unsigned_t>());
    case Type::number_float: {
      std::string text;  // the readers here do not look at a number's text
      return sax->number_float(value.get<double>(), text);
    }
    case Type::string: {
      std::string s = value.get<std::string>();
      return sax->string(s);
    }
    case Type::object: {
      if (!sax->start_object(value.size())) return false;
      for (const auto& item : value.items()) {
        std::string key = item.key();
        if (!sax->key(key) || !replay(item.value(), sax)) return false;
      }
      return sax->end_object();
    }
    case Type::array: {
      if (!sax->start_array(value.size())) return false;
      for (const auto& element : value)
        if (!replay(element, sax)) return false;
      return sax->end_array();
    }
    case Type::binary:
    case Type::discarded: break;
  }
  Json::binary_t nothing;
  return sax->binary(nothing);
}

}  // namespace

bool claims_from_jsonl(std::string_view text, std::string_view origin, std::vector<Claim>* out,
                       std::string* error) {
  const std::size_t before = out->size();
  std::size_t line_number = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    Claim claim;
    // The fast path reads every field; a line it takes must still be consistent, else the slow
    // path reads it again and names what is wrong.
    if (scan_claim_line(line, &claim) && missing_or_inconsistent(claim, kRequired).empty()) {
      out->push_back(std::move(claim));
      continue;
    }
    claim = Claim{};
    ClaimReader reader(&claim);
    const bool parsed = Json::sax_parse(line.begin(), line.end(), &reader);
    std::string problem = parsed ? missing_or_inconsistent(claim, reader.seen()) : reader.error();
    if (!parsed && problem.empty()) problem = "expected a JSON object (one claim per line)";
    if (!problem.empty()) {
      out->resize(before);
      if (error) *error = fmt::format("{}:{}: {}", origin, line_number, problem);
      return false;
    }
    out->push_back(std::move(claim));
  }
  return true;
}

std::string claim_from_json_object(const nlohmann::ordered_json& object, Claim* claim) {
  *claim = Claim{};
  ClaimReader reader(claim);
  if (!replay(object, &reader)) return reader.error();
  return missing_or_inconsistent(*claim, reader.seen());
}

}  // namespace claimcheck
