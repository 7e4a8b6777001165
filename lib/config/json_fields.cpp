#include "config/json_fields.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace claimcheck::json_fields {

void fail(const std::string& path, const std::string& what) {
  throw FieldError{fmt::format("{}: {}", path.empty() ? "(top level)" : path, what)};
}

std::string child_path(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

std::string element_path(const std::string& path, std::size_t index) {
  return fmt::format("{}[{}]", path, index);
}

void expect_object(const Json& j, const std::string& path) {
  if (!j.is_object()) fail(path, "expected an object");
}

void expect_array(const Json& j, const std::string& path) {
  if (!j.is_array()) fail(path, "expected an array");
}

void expect_keys(const Json& j, const std::string& path, std::initializer_list<const char*> known) {
  for (const auto& item : j.items()) {
    bool found = false;
    for (const char* k : known) found = found || item.key() == k;
    if (!found) fail(child_path(path, item.key()), "unknown key");
  }
}

const Json& member(const Json& j, const std::string& path, const char* key) {
  const auto it = j.find(key);
  if (it == j.end()) fail(child_path(path, key), "missing");
  return *it;
}

std::string read_string(const Json& j, const std::string& path, bool allow_empty) {
  if (!j.is_string()) fail(path, "expected a string");
  std::string s = j.get<std::string>();
  if (s.empty() && !allow_empty) fail(path, "expected a non-empty string");
  return s;
}

std::vector<std::string> read_strings(const Json& j, const std::string& path) {
  if (!j.is_array()) fail(path, "expected an array of strings");
  std::vector<std::string> out;
  out.reserve(j.size());
  for (std::size_t i = 0; i < j.size(); ++i) out.push_back(read_string(j[i], element_path(path, i)));
  return out;
}

bool read_bool(const Json& j, const std::string& path) {
  if (!j.is_boolean()) fail(path, "expected true or false");
  return j.get<bool>();
}

double read_number(const Json& j, const std::string& path, double min, double max, const char* range) {
  if (!j.is_number()) fail(path, "expected a number");
  const double v = j.get<double>();
  if (!std::isfinite(v) || v < min || v > max) fail(path, fmt::format("expected a number {}, got {}", range, v));
  return v;
}

std::size_t read_index(const Json& j, const std::string& path, std::size_t limit, const char* what) {
  if (!j.is_number_unsigned()) fail(path, fmt::format("expected a {} id (a whole number ≥ 0)", what));
  const std::uint64_t v = j.get<std::uint64_t>();
  if (v >= limit) fail(path, fmt::format("expected a {} id below {}, got {}", what, limit, v));
  return static_cast<std::size_t>(v);
}

std::vector<std::size_t> read_indices(const Json& j, const std::string& path, std::size_t limit,
                                      const char* what) {
  if (!j.is_array()) fail(path, fmt::format("expected an array of {} ids", what));
  std::vector<std::size_t> out;
  out.reserve(j.size());
  for (std::size_t i = 0; i < j.size(); ++i) out.push_back(read_index(j[i], element_path(path, i), limit, what));
  return out;
}

namespace {

// "line L, column C" of the byte at `offset`, counting columns in characters.
std::string line_column(std::string_view json, std::size_t offset) {
  std::size_t line = 1, column = 1;
  const std::size_t end = std::min(offset, json.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (json[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return fmt::format("line {}, column {}", line, column);
}

// The parser's own document builder, keeping where and why parsing failed instead of throwing:
// a syntax error and a number too large for a double (1e999) alike.
struct PositionedParser : nlohmann::detail::json_sax_dom_parser<Json> {
  explicit PositionedParser(Json& root) : json_sax_dom_parser(root, false) {}

  template <typename Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
    end_of_token = position;
    token_size = token.size();
    what = e.what();
    return false;
  }

  std::size_t end_of_token = 0;
  std::size_t token_size = 0;
  std::string what;
};

}  // namespace

Json parse(std::string_view json) {
  Json root;
  PositionedParser parser(root);
  if (Json::sax_parse(json.begin(), json.end(), &parser)) return root;
  // Syntax errors are placed at the byte the parser stopped on, other errors (a number out of
  // range) at the start of the token.
  const auto syntax = parser.what.find("syntax error");
  if (syntax != std::string::npos) {
    const std::size_t at = parser.end_of_token > 0 ? parser.end_of_token - 1 : 0;
    throw FieldError{fmt::format("{}: {}", line_column(json, at), parser.what.substr(syntax))};
  }
  const std::size_t begin = parser.end_of_token - std::min(parser.token_size, parser.end_of_token);
  if (parser.what.find("number overflow") == std::string::npos)
    throw FieldError{fmt::format("{}: {}", line_column(json, begin), parser.what)};
  std::string token(json.substr(begin, std::min<std::size_t>(parser.token_size, 40)));
  if (parser.token_size > token.size()) token += "…";
  throw FieldError{fmt::format("{}: a number too large to represent: {}", line_column(json, begin), token)};
}

}  // namespace claimcheck::json_fields
