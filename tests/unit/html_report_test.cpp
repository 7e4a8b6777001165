// The HTML report: structure, highlights, escaping, and number formatting, on reports built by hand.
#include <catch2/catch.hpp>

#include <limits>
#include <string>
#include <vector>

#include "claimcheck/html_report.hpp"
#include "render/html_escape.hpp"
#include "render/number_text.hpp"

namespace {

using claimcheck::Claim;
using claimcheck::Document;
using claimcheck::Report;

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

// A count claim of `object` spanning `needle` in `doc`, the sentence being the whole text.
Claim count_claim(const Document& doc, const std::string& needle, double value, const char* object) {
  Claim c;
  c.source = doc.source;
  c.begin = doc.text.find(needle);
  c.end = c.begin + needle.size();
  c.text = needle;
  c.value = value;
  c.low = c.high = value;
  c.dimension = "count";
  c.unit = "count";
  c.object = object;
  c.subject = "DeepSeek";
  c.measure = "gpu_count";
  c.sentence_begin = 0;
  c.sentence_end = doc.text.size();
  return c;
}

// Two documents that contradict each other on DeepSeek's GPUs, a third whose text holds a
// script tag and an unattributed claim.
struct GpuStory {
  std::vector<Document> docs = {
      {"wire_zh-hans.txt", "DeepSeek使用了2000块H800芯片。\n38114 阅读"},
      {"observer_zh-hans.txt", "有人声称DeepSeek拥有50,000颗H100。"},
      {"<evil>.txt", "<script>alert(1)</script> 5萬顆 & \"quotes\""},
  };
  Report report;

  GpuStory() {
    report.claims.push_back(count_claim(docs[0], "2000块H800", 2000, "H800"));
    report.claims.push_back(count_claim(docs[1], "50,000颗H100", 50000, "H100"));
    Claim loose = count_claim(docs[2], "5萬顆", 50000, "GPU");
    loose.subject.reset();
    report.claims.push_back(loose);
    report.unattributed = {2};
    claimcheck::Group group;
    group.key = {"DeepSeek", "gpu_count", "count", "GPU"};
    group.unit = "count";
    group.claims = {0, 1};
    group.positions = {{{0}, 1800.0, 2200.0}, {{1}, 49999.5, 50000.5}};
    report.groups.push_back(group);
    claimcheck::Finding f;
    f.verdict = claimcheck::Verdict::contradiction;
    f.a = {0};
    f.b = {1};
    f.gap_ratio = 49999.5 / 2200.0;
    f.reason = "50,000 H100 is 22.7 times 2,000 H800 <and> the models differ";
    report.findings.push_back(f);
  }
};

}  // namespace

TEST_CASE("html report: one self-contained page with summary, cards and documents", "[html]") {
  GpuStory story;
  const std::string page = claimcheck::report_to_html(story.report, story.docs);

  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(occurrences(page, "<meta charset=\"utf-8\">") == 1);
  CHECK(occurrences(page, "1 contradiction and 0 discrepancies in 3 documents") == 2);  // title, headline
  CHECK(occurrences(page, "<div><dd>3</dd><dt>claims</dt></div>") == 1);
  CHECK(occurrences(page, "<div><dd>1</dd><dt>not compared</dt></div>") == 1);
  // No external resource: no URL, no src or href leaving the page.
  CHECK(occurrences(page, "://") == 0);
  CHECK(occurrences(page, " src=") == 0);
  CHECK(occurrences(page, "href=\"#") == occurrences(page, "href="));
  // The findings come before the documents.
  CHECK(page.find("id=\"findings\"") < page.find("id=\"documents\""));
}

TEST_CASE("html report: a finding is a card with both sides, intervals, ratio and reason", "[html]") {
  GpuStory story;
  const std::string page = claimcheck::report_to_html(story.report, story.docs);

  CHECK(occurrences(page, "data-finding=\"contradiction\"") == 1);
  CHECK(occurrences(page, "data-finding=\"discrepancy\"") == 0);
  CHECK(occurrences(page, "<h3>DeepSeek · gpu count (GPU)</h3>") == 1);
  CHECK(occurrences(page, "gap ratio <b>22.7</b>") == 1);
  CHECK(occurrences(page, "<span>interval</span> 1,800 – 2,200</p>") == 1);
  CHECK(occurrences(page, "<span>interval</span> 49,999.5 – 50,000.5</p>") == 1);
  CHECK(occurrences(page, "22.7 times 2,000 H800 &lt;and&gt; the models differ") == 1);
  CHECK(occurrences(page, "<a class=\"source\" href=\"#claim-0\">wire_zh-hans.txt</a> · 2,000 H800, exact") == 1);
  CHECK(occurrences(page, "<a class=\"source\" href=\"#claim-1\">observer_zh-hans.txt</a> · 50,000 H100, exact") == 1);
  // Each side quotes its sentence with the number highlighted (trailing furniture line included,
  // the sentence being the whole text here).
  CHECK(occurrences(page, "<blockquote>DeepSeek使用了<mark class=\"claim disputed\" data-claim-id=\"0\" title=") == 1);
  CHECK(occurrences(page, "<blockquote>有人声称DeepSeek拥有<mark class=\"claim disputed\" data-claim-id=\"1\" title=") == 1);
}

TEST_CASE("html report: every claim is highlighted in its document with its normalization", "[html]") {
  GpuStory story;
  const std::string page = claimcheck::report_to_html(story.report, story.docs);

  CHECK(occurrences(page, "<details class=\"document\"") == 3);
  CHECK(occurrences(page, "<details class=\"document\" open") == 0);
  // Once in the card, once in the document (the anchored one).
  CHECK(occurrences(page, "data-claim-id=\"0\"") == 2);
  CHECK(occurrences(page, "data-claim-id=\"1\"") == 2);
  CHECK(occurrences(page, "data-claim-id=\"2\"") == 1);
  CHECK(occurrences(page, "id=\"claim-0\"") == 1);
  CHECK(occurrences(page, "data-claim-id=\"0\" id=\"claim-0\" title=\"2000块H800 = 2,000 H800, exact\n"
                          "dimension: count\nabout: DeepSeek · gpu count\">2000块H800</mark>芯片。\n38114 阅读") == 1);
  CHECK(occurrences(page, "<mark class=\"claim unattributed\" data-claim-id=\"2\" id=\"claim-2\" title=\"5萬顆 = "
                          "50,000 GPU, exact\ndimension: count\nnot compared: no subject\">5萬顆</mark>") == 1);
  CHECK(occurrences(page, "<span class=\"count\">1 claim, 1 in findings</span>") == 2);
  CHECK(occurrences(page, "<span class=\"count\">1 claim</span>") == 1);
}

TEST_CASE("html report: article text containing a script shows as text", "[html]") {
  GpuStory story;
  const std::string page = claimcheck::report_to_html(story.report, story.docs);

  CHECK(occurrences(page, "<script>alert(1)</script>") == 0);
  CHECK(occurrences(page, "&lt;script&gt;alert(1)&lt;/script&gt; <mark") == 1);
  CHECK(occurrences(page, "</mark> &amp; &quot;quotes&quot;</div>") == 1);
  CHECK(occurrences(page, "<span class=\"source\">&lt;evil&gt;.txt</span>") == 1);
  CHECK(occurrences(page, "<script>") == 1);  // the page's own filter script, nothing else
}

TEST_CASE("html report: claims without their document, and offsets outside it, show the claim alone", "[html]") {
  GpuStory story;
  story.report.claims[1].source = "missing.txt";
  story.report.claims[0].end = 10'000;
  const std::string page = claimcheck::report_to_html(story.report, story.docs);

  CHECK(occurrences(page, "<blockquote><mark class=\"claim disputed\" data-claim-id=\"0\"") == 1);
  CHECK(occurrences(page, "<span class=\"source\">missing.txt</span> · 50,000 H100, exact") == 1);
  CHECK(occurrences(page, "id=\"claim-0\"") == 0);  // not highlighted in a text it does not fit
  CHECK(occurrences(page, "data-claim-id=\"1\"") == 1);
}

TEST_CASE("html report: the directory every source shares is named once, not on every source", "[html]") {
  GpuStory story;
  for (auto& d : story.docs) d.source = "corpus/2025/" + d.source;
  for (auto& c : story.report.claims) c.source = "corpus/2025/" + c.source;
  story.report.findings[0].reason = "2,000 H800 (corpus/2025/wire_zh-hans.txt) vs 50,000 H100";
  const std::string page = claimcheck::report_to_html(story.report, story.docs);

  CHECK(occurrences(page, "Every source is in <code>corpus/2025/</code>") == 1);
  CHECK(occurrences(page, "corpus/2025/") == 1);
  CHECK(occurrences(page, "<p class=\"reason\">2,000 H800 (wire_zh-hans.txt) vs 50,000 H100</p>") == 1);
  CHECK(occurrences(page, "<a class=\"source\" href=\"#claim-0\">wire_zh-hans.txt</a>") == 1);
  CHECK(occurrences(page, "<summary><span class=\"source\">wire_zh-hans.txt</span>") == 1);
}

TEST_CASE("html report: a long sentence is cut around the claim", "[html]") {
  std::string filler;
  for (int i = 0; i < 100; ++i) filler += "英伟达";  // 900 bytes
  Document doc{"long.txt", filler + "股价下跌16.97%，" + filler};
  Report report;
  Claim c;
  c.source = doc.source;
  c.text = "16.97%";
  c.begin = doc.text.find(c.text);
  c.end = c.begin + c.text.size();
  c.value = 16.97;
  c.low = c.high = 16.97;
  c.dimension = c.unit = "percent";
  c.sentence_end = doc.text.size();
  report.claims.push_back(c);
  report.unattributed = {0};
  claimcheck::Group group;
  group.unit = "percent";
  group.positions = {{{0}, 16.965, 16.975}};
  report.groups.push_back(group);
  claimcheck::Finding f;
  f.a = f.b = {0};
  f.same_source = true;
  report.findings.push_back(f);
  const std::string page = claimcheck::report_to_html(report, {doc});

  const auto quote = page.substr(page.find("<blockquote>"), page.find("</blockquote>") - page.find("<blockquote>"));
  CHECK(occurrences(quote, "…") == 2);
  // 200 bytes kept each side: 188 of filler before 股价下跌 (20 whole 英伟达 and a cut one),
  // 197 after the comma (22 whole ones).
  CHECK(occurrences(quote, "英伟达") == 42);
  CHECK(occurrences(quote, "股价下跌<mark") == 1);
  CHECK(occurrences(page, "data-finding=\"discrepancy\"") == 1);
  CHECK(occurrences(page, "gap ratio <b>1.0000</b>") == 1);
  CHECK(occurrences(page, "<span class=\"badge one-source\">one source</span>") == 1);
  CHECK(occurrences(page, "<span>interval</span> 16.965 – 16.975 %") == 2);  // one position, both sides
}

TEST_CASE("html report: a gap across zero reads as an infinite ratio", "[html]") {
  GpuStory story;
  story.report.findings[0].gap_ratio = std::numeric_limits<double>::infinity();
  const std::string page = claimcheck::report_to_html(story.report, story.docs);
  CHECK(occurrences(page, "gap ratio <b>∞</b>") == 1);
  CHECK(occurrences(page, "one source") == 0);
}

TEST_CASE("html report: stays one page at 1,000 documents", "[html]") {
  std::vector<Document> docs;
  Report report;
  for (int i = 0; i < 1000; ++i) {
    docs.push_back({"doc-" + std::to_string(i) + ".txt", "DeepSeek使用了2000块H800芯片，训练了两个月。"});
    report.claims.push_back(count_claim(docs.back(), "2000块H800", 2000, "H800"));
  }
  const std::string page = claimcheck::report_to_html(report, docs);

  CHECK(occurrences(page, "<details class=\"document\"") == 1000);
  CHECK(occurrences(page, "data-claim-id=") == 1000);
  CHECK(occurrences(page, "No conflicting figures in 1000 documents") == 2);
  CHECK(page.size() < 1000 * 1200);
}

TEST_CASE("html report: a side with many claims shows three, folds the next ones, counts the rest", "[html]") {
  std::vector<Document> docs;
  Report report;
  claimcheck::Finding f;
  for (std::size_t i = 0; i < 61; ++i) {
    docs.push_back({"doc-" + std::to_string(i) + ".txt", "DeepSeek使用了2000块H800芯片。"});
    report.claims.push_back(count_claim(docs.back(), "2000块H800", 2000, "H800"));
    (i < 60 ? f.a : f.b).push_back(i);
  }
  report.findings.push_back(f);
  const std::string page = claimcheck::report_to_html(report, docs);

  CHECK(occurrences(page, "<figure class=\"quote\">") == 50 + 1);
  CHECK(occurrences(page, "<details class=\"more\"><summary>57 more claims</summary>") == 1);
  CHECK(occurrences(page, "and 10 claims not listed here") == 1);
}

TEST_CASE("html escape: markup characters, controls and invalid UTF-8", "[html]") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"a & b", "a &amp; b"},
      {"\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"},
      {"英伟达 16.97%", "英伟达 16.97%"},
      {"line\nnext\ttab", "line\nnext\ttab"},
      {std::string("nul\0x", 5), "nul\xEF\xBF\xBDx"},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      {"cut \xE8\x8B", "cut \xEF\xBF\xBD"},
      {"\xC2\x85", "\xEF\xBF\xBD"},  // NEL, a C1 control
  };
  for (const auto& [input, expected] : table) {
    INFO(input);
    CHECK(claimcheck::render::html_escaped(input) == expected);
  }
}

TEST_CASE("number text: numbers, quantities and intervals", "[html]") {
  const claimcheck::render::NumberText numbers;
  CHECK(numbers.number(2000) == "2,000");
  CHECK(numbers.number(0.1697) == "0.1697");
  CHECK(numbers.number(5576000) == "5.576 million");
  CHECK(numbers.number(592658000000) == "592.66 billion");
  CHECK(numbers.number(-16.97) == "-16.97");
  CHECK(numbers.number(123456.5) == "123,456.5");
  CHECK(numbers.number(0.000123456) == "0.00012346");
  CHECK(numbers.quantity(16.97, "percent") == "16.97 %");
  CHECK(numbers.quantity(5580000, "USD") == "5.58 million USD");
  CHECK(numbers.quantity(2000, "count", std::string("H800")) == "2,000 H800");
  CHECK(numbers.quantity(2, "month") == "2 months");
  CHECK(numbers.quantity(1, "month") == "1 month");
  CHECK(numbers.quantity(3, "times") == "3×");
  CHECK(numbers.quantity(-18, "degC") == "-18 °C");
  CHECK(numbers.quantity(1.5e7, "m2") == "15 million m²");
  CHECK(numbers.quantity(12000, "m") == "12,000 m");
  CHECK(numbers.quantity(512, "point") == "512 points");
  CHECK(numbers.interval(1800, 2200, "count") == "1,800 – 2,200");
  CHECK(numbers.interval(50000, std::nullopt, "count") == "≥ 50,000");
  CHECK(numbers.interval(std::nullopt, 6e6, "USD") == "≤ 6 million USD");
  CHECK(numbers.interval(16.97, 16.97, "percent") == "16.97 %");
  CHECK(numbers.interval(5575000, 5585000, "USD") == "5.575 million – 5.585 million USD");
  CHECK(numbers.interval(1e9, 1.000001e9, "USD") == "1,000,000,000 – 1,000,001,000 USD");
  CHECK(numbers.interval(std::nullopt, std::nullopt, "USD") == "any value");
}
