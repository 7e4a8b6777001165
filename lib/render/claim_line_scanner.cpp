// The claim line fast path.
#include "render/claim_line_scanner.hpp"

#include <charconv>
#include <cstdint>
#include <string>

#include "text/utf8.hpp"

namespace claimcheck {

namespace {

class LineScanner {
 public:
  explicit LineScanner(std::string_view line) : s_(line) {}

  bool done() {
    skip_spaces();
    return at_ == s_.size();
  }
  bool take(char c) {
    skip_spaces();
    if (at_ < s_.size() && s_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  bool peek(char c) {
    skip_spaces();
    return at_ < s_.size() && s_[at_] == c;
  }
  // A string without escapes or control characters, in valid UTF-8.
  bool string(std::string_view* out) {
    if (!take('"')) return false;
    const std::size_t begin = at_;
    bool non_ascii = false;
    for (; at_ < s_.size(); ++at_) {
      const auto c = static_cast<unsigned char>(s_[at_]);
      if (c == '"') break;
      if (c == '\\' || c < 0x20) return false;
      non_ascii = non_ascii || c >= 0x80;
    }
    if (at_ == s_.size()) return false;
    *out = s_.substr(begin, at_ - begin);
    ++at_;
    return !non_ascii || text::first_invalid_utf8(*out) == out->size();
  }
  bool null() {
    skip_spaces();
    if (s_.compare(at_, 4, "null") != 0) return false;
    at_ += 4;
    return true;
  }
  // A JSON number as a double (correctly rounded, as the full reader reads it).
  bool number(double* out) {
    skip_spaces();
    const std::size_t begin = at_;
    if (!json_number()) return false;
    const auto [end, ec] = std::from_chars(s_.data() + begin, s_.data() + at_, *out);
    return ec == std::errc() && end == s_.data() + at_;
  }
  // A whole number ≥ 0 without fraction or exponent that fits in size_t.
  bool offset(std::size_t* out) {
    skip_spaces();
    const std::size_t begin = at_;
    while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') ++at_;
    if (at_ == begin || (at_ - begin > 1 && s_[begin] == '0')) return false;
    if (at_ < s_.size() && (s_[at_] == '.' || s_[at_] == 'e' || s_[at_] == 'E')) return false;
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(s_.data() + begin, s_.data() + at_, v);
    if (ec != std::errc() || end != s_.data() + at_) return false;
    *out = static_cast<std::size_t>(v);
    return static_cast<std::uint64_t>(*out) == v;
  }

 private:
  void skip_spaces() {
    while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t')) ++at_;
  }
  bool digits() {
    const std::size_t begin = at_;
    while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') ++at_;
    return at_ > begin;
  }
  // The JSON number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  bool json_number() {
    if (at_ < s_.size() && s_[at_] == '-') ++at_;
    const std::size_t int_begin = at_;
    if (!digits() || (at_ - int_begin > 1 && s_[int_begin] == '0')) return false;
    if (at_ < s_.size() && s_[at_] == '.') {
      ++at_;
      if (!digits()) return false;
    }
    if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
      ++at_;
      if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-')) ++at_;
      if (!digits()) return false;
    }
    return true;
  }

  std::string_view s_;
  std::size_t at_ = 0;
};

bool optional_number(LineScanner* in, std::optional<double>* out) {
  if (in->null()) {
    out->reset();
    return true;
  }
  double v = 0;
  if (!in->number(&v)) return false;
  *out = v;
  return true;
}

bool optional_string(LineScanner* in, std::optional<std::string>* out) {
  if (in->null()) {
    out->reset();
    return true;
  }
  std::string_view v;
  if (!in->string(&v)) return false;
  *out = std::string(v);
  return true;
}

bool plain_string(LineScanner* in, std::string* out) {
  std::string_view v;
  if (!in->string(&v)) return false;
  out->assign(v);
  return true;
}

// The fields a claim line must have, one bit each.
enum RequiredField : unsigned {
  kSource = 1, kBegin = 2, kEnd = 4, kText = 8, kValue = 16, kDimension = 32, kUnit = 64, kAllRequired = 127
};

bool mark(RequiredField field, unsigned* seen) {
  *seen |= field;
  return true;
}

// Reads the value of `key` into the claim; false for an unknown key or a value of another kind.
bool read_field(std::string_view key, LineScanner* in, Claim* c, unsigned* seen) {
  std::size_t offset = 0;
  if (key == "source") return mark(kSource, seen) && plain_string(in, &c->source);
  if (key == "begin") return mark(kBegin, seen) && in->offset(&c->begin);
  if (key == "end") return mark(kEnd, seen) && in->offset(&c->end);
  if (key == "text") return mark(kText, seen) && plain_string(in, &c->text);
  if (key == "value") return mark(kValue, seen) && in->number(&c->value);
  if (key == "low") return optional_number(in, &c->low);
  if (key == "high") return optional_number(in, &c->high);
  if (key == "qualifier") {
    std::string_view q;
    return in->string(&q) && parse_qualifier(q, &c->qualifier);
  }
  if (key == "dimension") return mark(kDimension, seen) && plain_string(in, &c->dimension);
  if (key == "unit") return mark(kUnit, seen) && plain_string(in, &c->unit);
  if (key == "object") return optional_string(in, &c->object);
  if (key == "subject") return optional_string(in, &c->subject);
  if (key == "measure") return optional_string(in, &c->measure);
  if (key == "sentence_begin") return in->offset(&c->sentence_begin);
  if (key == "sentence_end") return in->offset(&c->sentence_end);
  if (key == "id") return in->null() || in->offset(&offset);
  return false;
}

}  // namespace

bool scan_claim_line(std::string_view line, Claim* claim) {
  LineScanner in(line);
  unsigned seen = 0;
  if (!in.take('{')) return false;
  if (!in.peek('}')) {
    do {
      std::string_view key;
      if (!in.string(&key) || !in.take(':') || !read_field(key, &in, claim, &seen)) return false;
    } while (in.take(','));
  }
  // Every required field present, spans in order; anything else goes to the full reader.
  return in.take('}') && in.done() && seen == kAllRequired && claim->begin <= claim->end &&
         claim->sentence_begin <= claim->sentence_end;
}

}  // namespace claimcheck
