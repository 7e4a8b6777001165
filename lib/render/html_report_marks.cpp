// Claim highlights for the HTML report: in a sentence excerpt and across a whole document.
#include <algorithm>

#include <fmt/format.h>

#include "render/html_escape.hpp"
#include "render/html_report_parts.hpp"

namespace claimcheck::render {

namespace {

constexpr std::size_t kMaxExcerptBytes = 480;  // a longer sentence is cut around the claim
constexpr std::size_t kContextBytes = 200;     // kept on each side of the claim when cutting

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `pos` forward to the start of a UTF-8 character (at most to text.size()).
std::size_t char_start(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_continuation(text[pos])) ++pos;
  return pos;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool span_fits(const Claim& c, std::string_view text) {
  return c.begin <= c.end && c.end <= text.size();
}

}  // namespace

std::string readable_name(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

ClaimMarkup::ClaimMarkup(const Report& report, const NumberText& numbers)
    : report_(report), numbers_(numbers), disputed_(report.claims.size(), false) {
  for (const auto& finding : report.findings) {
    for (const auto* side : {&finding.a, &finding.b})
      for (std::size_t id : *side)
        if (id < disputed_.size()) disputed_[id] = true;
  }
}

std::string ClaimMarkup::normalized(std::size_t id) const {
  const Claim& c = report_.claims[id];
  return fmt::format("{}, {}", numbers_.quantity(c.value, c.unit, c.object), to_string(c.qualifier));
}

std::string ClaimMarkup::title(std::size_t id) const {
  const Claim& c = report_.claims[id];
  std::string out = fmt::format("{} = {}", c.text, normalized(id));
  if (c.qualifier != Qualifier::exact || c.low != c.high)
    out += fmt::format("\nstated bounds: {}", numbers_.interval(c.low, c.high, c.unit));
  out += fmt::format("\ndimension: {}", c.dimension);
  if (c.subject && c.measure) {
    out += fmt::format("\nabout: {} · {}", *c.subject, readable_name(*c.measure));
  } else {
    out += fmt::format("\nnot compared: no {}", c.subject ? "measure" : c.measure ? "subject" : "subject or measure");
  }
  return out;
}

void ClaimMarkup::append_mark(std::string* out, std::string_view text, std::size_t id, bool anchor) const {
  const Claim& c = report_.claims[id];
  const char* kind = disputed_[id] ? " disputed" : (c.subject && c.measure) ? "" : " unattributed";
  out->append(fmt::format("<mark class=\"claim{}\" data-claim-id=\"{}\"", kind, id));
  if (anchor) out->append(fmt::format(" id=\"claim-{}\"", id));
  out->append(" title=\"");
  append_html_escaped(out, title(id));
  out->append("\">");
  append_html_escaped(out, text);
  out->append("</mark>");
}

void ClaimMarkup::append_excerpt(std::string* out, std::string_view text, std::size_t id) const {
  const Claim& c = report_.claims[id];
  if (!span_fits(c, text)) {
    append_mark(out, c.text, id, false);
    return;
  }
  std::size_t begin = c.sentence_begin;
  std::size_t end = c.sentence_end;
  if (begin > c.begin || end < c.end || end > text.size()) {
    begin = c.begin;
    end = c.end;
  }
  bool cut_before = false, cut_after = false;
  if (end - begin > kMaxExcerptBytes) {
    if (c.begin - begin > kContextBytes) {
      begin = char_start(text, c.begin - kContextBytes);
      cut_before = true;
    }
    if (end - c.end > kContextBytes) {
      end = char_start(text, c.end + kContextBytes);
      cut_after = true;
    }
  }
  while (begin < c.begin && is_space(text[begin])) ++begin;
  while (end > c.end && is_space(text[end - 1])) --end;
  if (cut_before) out->append("…");
  append_html_escaped(out, text.substr(begin, c.begin - begin));
  append_mark(out, text.substr(c.begin, c.end - c.begin), id, false);
  append_html_escaped(out, text.substr(c.end, end - c.end));
  if (cut_after) out->append("…");
}

void ClaimMarkup::append_document(std::string* out, std::string_view text, std::vector<std::size_t> ids) const {
  std::stable_sort(ids.begin(), ids.end(), [this](std::size_t x, std::size_t y) {
    return report_.claims[x].begin < report_.claims[y].begin;
  });
  std::size_t done = 0;
  for (std::size_t id : ids) {
    const Claim& c = report_.claims[id];
    if (!span_fits(c, text) || c.begin < done) continue;  // outside the text or overlapping
    append_html_escaped(out, text.substr(done, c.begin - done));
    append_mark(out, text.substr(c.begin, c.end - c.begin), id, true);
    done = c.end;
  }
  append_html_escaped(out, text.substr(done));
}

}  // namespace claimcheck::render
