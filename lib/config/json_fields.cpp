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

// "line L, column C: <what the parser says>", from the byte offset of a syntax error.
std::string syntax_error_message(std::string_view json, const nlohmann::json::parse_error& e) {
  std::size_t line = 1, column = 1;
  const std::size_t end = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, json.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (json[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(json[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  std::string what = e.what();
  const auto at = what.find("syntax error");
  return fmt::format("line {}, column {}: {}", line, column, at == std::string::npos ? what : what.substr(at));
}

}  // namespace

Json parse(std::string_view json) {
  try {
    return Json::parse(json.begin(), json.end());
  } catch (const nlohmann::json::parse_error& e) {
    throw FieldError{syntax_error_message(json, e)};
  }
}

}  // namespace claimcheck::json_fields
