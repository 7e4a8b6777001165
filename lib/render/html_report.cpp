// The report as one self-contained HTML page: summary, finding cards, documents.
#include "claimcheck/html_report.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "render/html_escape.hpp"
#include "render/html_report_parts.hpp"
#include "render/number_text.hpp"

namespace claimcheck {

namespace {

using render::append_html_escaped;
using render::html_escaped;

constexpr std::size_t kQuotesShown = 3;    // per side of a card; more fold away
constexpr std::size_t kQuotesListed = 50;  // per side at most; beyond that only a count

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string lowercase_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Three significant digits, four decimals near 1 where a discrepancy lives: 20.5, 2.26, 1.0027.
std::string gap_ratio_text(double ratio) {
  if (std::isinf(ratio)) return "∞";
  return ratio >= 1.01 || ratio <= 0.99 ? fmt::format("{:.3g}", ratio) : fmt::format("{:.4f}", ratio);
}

// The directory part ("examples/articles/") every source shares, or "".
std::string common_directory(const Report& report, const std::vector<Document>& docs) {
  std::optional<std::string_view> common;
  auto narrow = [&common](std::string_view source) {
    if (!common) {
      common = source;
      return;
    }
    std::size_t n = 0;
    while (n < common->size() && n < source.size() && (*common)[n] == source[n]) ++n;
    common = common->substr(0, n);
  };
  for (const auto& d : docs) narrow(d.source);
  for (const auto& c : report.claims) narrow(c.source);
  if (!common) return "";
  const std::size_t slash = common->rfind('/');
  return slash == std::string_view::npos ? "" : std::string(common->substr(0, slash + 1));
}

// `text` with every occurrence of `prefix` removed.
std::string without(std::string text, const std::string& prefix) {
  if (prefix.empty()) return text;
  for (auto pos = text.find(prefix); pos != std::string::npos; pos = text.find(prefix, pos)) text.erase(pos, prefix.size());
  return text;
}

class HtmlReportWriter {
 public:
  HtmlReportWriter(const Report& report, const std::vector<Document>& docs)
      : report_(report), docs_(docs), markup_(report, numbers_), claims_of_doc_(docs.size()),
        directory_(common_directory(report, docs)) {
    for (std::size_t i = 0; i < docs.size(); ++i) doc_of_source_.emplace(docs[i].source, i);
    for (std::size_t id = 0; id < report.claims.size(); ++id) {
      auto it = doc_of_source_.find(report.claims[id].source);
      if (it != doc_of_source_.end()) claims_of_doc_[it->second].push_back(id);
    }
  }

  std::string page() {
    out_.reserve(4096 + report_.claims.size() * 400 + total_text_bytes() * 11 / 10);
    head();
    out_.append("<body>\n");
    summary();
    findings();
    documents();
    out_.append("<script>");
    out_.append(render::html_report_script());
    out_.append("</script>\n</body>\n</html>\n");
    return std::move(out_);
  }

 private:
  std::size_t count(Verdict v) const {
    return static_cast<std::size_t>(std::count_if(report_.findings.begin(), report_.findings.end(),
                                                  [v](const Finding& f) { return f.verdict == v; }));
  }

  std::size_t total_text_bytes() const {
    std::size_t n = 0;
    for (const auto& d : docs_) n += d.text.size();
    return n;
  }

  std::string headline() const {
    const std::size_t contradictions = count(Verdict::contradiction);
    const std::size_t discrepancies = count(Verdict::discrepancy);
    if (contradictions + discrepancies == 0)
      return fmt::format("No conflicting figures in {}", plural(docs_.size(), "document", "documents"));
    return fmt::format("{} and {} in {}", plural(contradictions, "contradiction", "contradictions"),
                       plural(discrepancies, "discrepancy", "discrepancies"),
                       plural(docs_.size(), "document", "documents"));
  }

  void head() {
    out_.append(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"claimcheck\">\n<title>claimcheck: ");
    append_html_escaped(&out_, headline());
    out_.append("</title>\n<style>");
    out_.append(render::html_report_style());
    out_.append("</style>\n</head>\n");
  }

  void summary() {
    out_.append("<header class=\"summary\">\n<h1>claimcheck report</h1>\n<p class=\"headline\">");
    append_html_escaped(&out_, headline());
    out_.append("</p>\n<dl class=\"counts\">\n");
    const std::pair<const char*, std::size_t> counts[] = {
        {"documents", docs_.size()},
        {"claims", report_.claims.size()},
        {"groups compared", report_.groups.size()},
        {"contradictions", count(Verdict::contradiction)},
        {"discrepancies", count(Verdict::discrepancy)},
        {"not compared", report_.unattributed.size()},
    };
    for (const auto& [label, n] : counts)
      out_.append(fmt::format("<div><dd>{}</dd><dt>{}</dt></div>\n", n, label));
    out_.append("</dl>\n");
    if (!directory_.empty()) {
      out_.append("<p class=\"legend\">Every source is in <code>");
      append_html_escaped(&out_, directory_);
      out_.append("</code>; the report names them without it.</p>\n");
    }
    out_.append(
        "<p class=\"legend\">Contradiction: the figures cannot both be right. Discrepancy: "
        "they differ by little, a rounding or a misquote. Claims without a subject or a measure are "
        "highlighted in the documents but not compared.</p>\n"
        "<form id=\"filters\" hidden><label><input type=\"checkbox\" value=\"contradiction\" checked> "
        "contradictions</label> <label><input type=\"checkbox\" value=\"discrepancy\" checked> "
        "discrepancies</label> <input type=\"search\" placeholder=\"filter by source, subject or "
        "measure\" aria-label=\"filter\"></form>\n</header>\n");
  }

  std::string key_text(const GroupKey& key) const {
    std::string text = fmt::format("{} · {}", key.subject, render::readable_name(key.measure));
    if (!key.object_class.empty()) text += fmt::format(" ({})", key.object_class);
    return text;
  }

  // The position of `group` holding the claims of one side of a finding.
  const Position* position_of(const Group& group, const std::vector<std::size_t>& side) const {
    if (side.empty()) return nullptr;
    for (const auto& p : group.positions)
      if (std::find(p.claims.begin(), p.claims.end(), side.front()) != p.claims.end()) return &p;
    return nullptr;
  }

  // A source as shown: without the directory all sources share.
  std::string_view shown_name(const std::string& source) const {
    return std::string_view(source).substr(source.rfind(directory_, 0) == 0 ? directory_.size() : 0);
  }
  void source_name(const std::string& source) { append_html_escaped(&out_, shown_name(source)); }

  void quote(std::size_t id) {
    const Claim& c = report_.claims[id];
    auto doc = doc_of_source_.find(c.source);
    out_.append("<figure class=\"quote\"><blockquote>");
    markup_.append_excerpt(&out_, doc == doc_of_source_.end() ? std::string_view() : docs_[doc->second].text, id);
    out_.append("</blockquote><figcaption>");
    if (doc != doc_of_source_.end()) {
      out_.append(fmt::format("<a class=\"source\" href=\"#claim-{}\">", id));
      source_name(c.source);
      out_.append("</a>");
    } else {
      out_.append("<span class=\"source\">");
      source_name(c.source);
      out_.append("</span>");
    }
    out_.append(" · ");
    append_html_escaped(&out_, markup_.normalized(id));
    out_.append("</figcaption></figure>\n");
  }

  void side(const Group* group, const std::vector<std::size_t>& ids, std::string* search) {
    out_.append("<section class=\"side\">\n<p class=\"interval\">");
    const Position* p = group ? position_of(*group, ids) : nullptr;
    if (p) {
      out_.append("<span>interval</span> ");
      append_html_escaped(&out_, numbers_.interval(p->low, p->high, group->unit));
    }
    out_.append("</p>\n");
    std::vector<std::size_t> valid;
    for (std::size_t id : ids)
      if (id < report_.claims.size()) valid.push_back(id);
    for (std::size_t i = 0; i < valid.size() && i < kQuotesShown; ++i) quote(valid[i]);
    if (valid.size() > kQuotesShown) {
      const std::size_t more = valid.size() - kQuotesShown;
      out_.append(fmt::format("<details class=\"more\"><summary>{} more {}</summary>\n", more,
                              more == 1 ? "claim" : "claims"));
      for (std::size_t i = kQuotesShown; i < valid.size() && i < kQuotesListed; ++i) quote(valid[i]);
      if (valid.size() > kQuotesListed)
        out_.append(fmt::format("<p class=\"legend\">and {} not listed here; each is highlighted in its document.</p>\n",
                                plural(valid.size() - kQuotesListed, "claim", "claims")));
      out_.append("</details>\n");
    }
    for (std::size_t i = 0; i < valid.size() && i < kQuotesListed; ++i) *search += " " + std::string(shown_name(report_.claims[valid[i]].source));
    out_.append("</section>\n");
  }

  void card(std::size_t index, const Finding& f) {
    const char* verdict = to_string(f.verdict);
    const Group* group = f.group < report_.groups.size() ? &report_.groups[f.group] : nullptr;
    std::string search = group ? key_text(group->key) : std::string();
    std::string body;
    std::swap(body, out_);
    side(group, f.a, &search);
    out_.append("<div class=\"versus\" aria-hidden=\"true\">vs</div>\n");
    side(group, f.b, &search);
    std::swap(body, out_);

    out_.append(fmt::format("<article class=\"finding {0}\" data-finding=\"{0}\" id=\"finding-{1}\" data-search=\"",
                            verdict, index + 1));
    append_html_escaped(&out_, lowercase_ascii(search));
    out_.append(fmt::format("\">\n<header><span class=\"badge\">{}</span>{} <h3>", verdict,
                            f.same_source ? " <span class=\"badge one-source\">one source</span>" : ""));
    append_html_escaped(&out_, group ? key_text(group->key) : "unknown group");
    out_.append(fmt::format("</h3> <span class=\"ratio\" title=\"larger lower bound ÷ smaller upper bound\">"
                            "gap ratio <b>{}</b></span></header>\n<p class=\"reason\">",
                            gap_ratio_text(f.gap_ratio)));
    append_html_escaped(&out_, without(f.reason, directory_));
    out_.append("</p>\n<div class=\"sides\">\n");
    out_.append(body);
    out_.append("</div>\n</article>\n");
  }

  void findings() {
    out_.append("<main>\n<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (report_.findings.empty())
      out_.append("<p class=\"empty\">The sources agree wherever they could be compared.</p>\n");
    for (std::size_t i = 0; i < report_.findings.size(); ++i) card(i, report_.findings[i]);
    out_.append("</section>\n");
  }

  void documents() {
    out_.append(
        "<section id=\"documents\">\n<h2>Documents</h2>\n<p class=\"legend\">Open a document to read it "
        "with every claim highlighted: <span class=\"claim disputed\">in a finding</span>, "
        "<span class=\"claim\">compared</span>, <span class=\"claim unattributed\">not compared</span>. "
        "Hover a highlight for its normalization.</p>\n");
    for (std::size_t i = 0; i < docs_.size(); ++i) {
      const auto& ids = claims_of_doc_[i];
      out_.append(fmt::format("<details class=\"document\" id=\"doc-{}\" data-search=\"", i + 1));
      append_html_escaped(&out_, lowercase_ascii(std::string(shown_name(docs_[i].source))));
      out_.append("\"><summary><span class=\"source\">");
      source_name(docs_[i].source);
      const auto disputed = static_cast<std::size_t>(
          std::count_if(ids.begin(), ids.end(), [this](std::size_t id) { return markup_.disputed(id); }));
      out_.append(fmt::format("</span> <span class=\"count\">{}{}</span></summary>\n<div class=\"text\">",
                              plural(ids.size(), "claim", "claims"),
                              disputed ? fmt::format(", {} in findings", disputed) : std::string()));
      markup_.append_document(&out_, docs_[i].text, ids);
      out_.append("</div>\n</details>\n");
    }
    out_.append("</section>\n</main>\n");
  }

  const Report& report_;
  const std::vector<Document>& docs_;
  render::NumberText numbers_;
  render::ClaimMarkup markup_;
  std::unordered_map<std::string, std::size_t> doc_of_source_;
  std::vector<std::vector<std::size_t>> claims_of_doc_;
  std::string directory_;  // shared by every source, left out of the names shown
  std::string out_;
};

}  // namespace

std::string report_to_html(const Report& report, const std::vector<Document>& docs) {
  return HtmlReportWriter(report, docs).page();
}

}  // namespace claimcheck
