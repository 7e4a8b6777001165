// Choosing each claim's subject and measure from the scans of its sentence, its paragraph and
// the document's title or lead.
#include "attribution/attributor.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "attribution/attribution_tables.hpp"
#include "attribution/sentence_scan.hpp"
#include "text/spaces.hpp"

namespace claimcheck {

namespace {

// The scans of one document's sentences, made on first need.
class DocumentScans {
 private:
  // What is known of one sentence (one list for the whole document).
  struct PerSentence {
    bool scanned = false;
    SentenceRanges ranges;                         // its findings in lists, once scanned
    bool next_subject_known = false;
    std::optional<std::string_view> next_subject;  // subject_before of the sentence after it
  };

 public:
  // The lists the scans fill, kept from one document to the next (see Scratch below).
  struct Buffers {
    std::vector<PerSentence> of_sentence;
    ScanLists lists;
  };

  DocumentScans(const Attributor::Tables& tables, std::string_view text, const std::vector<Sentence>& sentences,
                Buffers* buffers)
      : tables_(tables), text_(text), sentences_(sentences), of_sentence_(buffers->of_sentence),
        lists_(buffers->lists) {
    of_sentence_.assign(sentences.size(), PerSentence{});
    lists_.subjects.clear();
    lists_.triggers.clear();
    lists_.clause_marks.clear();
    // Room for what a sentence of news usually holds, so that the lists seldom grow while scanning.
    lists_.matches.reserve(64);
    lists_.subjects.reserve(2 * sentences.size());
    lists_.triggers.reserve(4 * sentences.size());
    lists_.clause_marks.reserve(4 * sentences.size());
  }

  // The findings of sentence s; valid until the next call.
  SentenceScan scan(std::size_t s) {
    PerSentence& here = of_sentence_[s];
    if (!here.scanned) {
      here.ranges = scan_sentence(tables_, text_, sentences_[s].begin, sentences_[s].end, &lists_);
      here.scanned = true;
    }
    return view_of(lists_, here.ranges);
  }

  // The topic of sentence s: the first subject (not a maker, nor compared with) it names, if any;
  // with `named_only`, only an entity of the table or a Latin name.
  std::optional<std::string_view> topic(std::size_t s, bool named_only = false) {
    for (const SubjectMention& m : scan(s).subjects)
      if (!m.maker && !m.compared && !(named_only && m.unnamed)) return m.name;
    return std::nullopt;
  }

  // The subject carried over from before sentence s in its paragraph: the topic of the nearest
  // preceding sentence that names one ("深度求索发布了V3，可与OpenAI的o1相比。该公司…" → DeepSeek).
  std::optional<std::string_view> subject_before(std::size_t s) {
    std::size_t k = s;
    std::optional<std::string_view> found;
    while (k > 0 && sentences_[k - 1].paragraph == sentences_[s].paragraph) {
      if (of_sentence_[k - 1].next_subject_known) {
        found = of_sentence_[k - 1].next_subject;
        break;
      }
      if ((found = topic(k - 1))) break;
      --k;
    }
    for (std::size_t j = k; j < s; ++j) {
      of_sentence_[j].next_subject_known = true;
      of_sentence_[j].next_subject = found;
    }
    return found;
  }

  // The first subject of the title (paragraph 0), else of the lead (paragraph 1); not a Chinese
  // name read off the text (特斯拉股价 in the lead of an article on BYD).
  std::optional<std::string_view> title_subject() {
    if (!title_known_) {
      title_known_ = true;
      for (std::size_t s = 0; s < sentences_.size() && sentences_[s].paragraph <= 1 && !title_; ++s)
        title_ = topic(s, true);
    }
    return title_;
  }

 private:
  const Attributor::Tables& tables_;
  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  std::vector<PerSentence>& of_sentence_;
  ScanLists& lists_;
  bool title_known_ = false;
  std::optional<std::string_view> title_;
};

// The clause of [begin, end) inside the sentence of `scan`: between the nearest clause marks.
std::pair<std::size_t, std::size_t> clause_of(const SentenceScan& scan, const Sentence& sentence, std::size_t begin,
                                              std::size_t end) {
  const Slice<ClauseMark>& marks = scan.clause_marks;
  const ClauseMark* after = std::lower_bound(marks.begin(), marks.end(), ClauseMark(end, 0));
  std::size_t from = sentence.begin;
  for (const ClauseMark* it = after; it != marks.begin();) {
    --it;
    if (it->second <= begin) {
      from = it->second;
      break;
    }
  }
  return {from, after == marks.end() ? sentence.end : after->first};
}

// The subject a claim's own clause or sentence names: an owner named right after the number
// ("$593 billion off Nvidia"), else the nearest before it in the clause, the first after it in
// the clause, the nearest before the clause in the sentence. `weak` receives the weakest
// evidence, used only when the paragraph gives none: a name acted on before the claim (微软已向
// OpenAI投资130亿美元 is Microsoft's investment, 此前已向OpenAI投资 only OpenAI's when no subject
// came before), else the first subject after the clause.
std::optional<std::string_view> choose_subject(const Attributor::Tables& tables, std::string_view text,
                                               const SentenceScan& scan, std::size_t clause_begin,
                                               std::size_t clause_end, const Claim& claim,
                                               std::optional<std::string_view>* weak) {
  const SubjectMention* before_in_clause = nullptr;
  const SubjectMention* after_in_clause = nullptr;
  const SubjectMention* before_in_sentence = nullptr;
  const SubjectMention* owner_after = nullptr;
  const SubjectMention* recipient_before = nullptr;
  const std::string_view clause_text = text.substr(0, clause_end);
  std::size_t owner_at = text::skip_spaces(clause_text, claim.end);
  // (Mostly no link starts there, which one lookup tells.)
  const bool link_may_follow =
      owner_at < text.size() && tables.owner_link_starts[static_cast<unsigned char>(text[owner_at])];
  for (const std::string& link : tables.owner_links_after) {
    if (!link_may_follow) break;
    if (spelt_at(text, owner_at, link) && text::space_length_at(clause_text, owner_at + link.size()) != 0) {
      owner_at = text::skip_spaces(clause_text, owner_at + link.size());
      break;
    }
  }
  for (const SubjectMention& m : scan.subjects) {
    if (m.maker || (m.begin < claim.end && m.end > claim.begin)) continue;
    // R1的输出价格为16元/百万tokens，约为OpenAI o1的3%: what a number is compared with after it is
    // not what it is about.
    if (m.compared && m.begin >= claim.end) continue;
    const bool in_clause = m.begin >= clause_begin && m.end <= clause_end;
    if (m.begin == owner_at && owner_at > claim.end) owner_after = &m;
    if (m.end <= claim.begin && m.recipient) {
      recipient_before = &m;
    } else if (m.end <= claim.begin) {
      (in_clause ? before_in_clause : before_in_sentence) = &m;
    } else if (in_clause) {
      if (!after_in_clause) after_in_clause = &m;
    } else if (!*weak) {
      *weak = m.name;
    }
  }
  for (const SubjectMention* m : {owner_after, before_in_clause, after_in_clause, before_in_sentence})
    if (m) return m->name;
  if (recipient_before) *weak = recipient_before->name;
  return std::nullopt;
}

// Whether `claim` restates the amount `before` it in the same sentence, both money: after a
// conversion word (约合, or about) that opens the claim or ends right before it, or in brackets
// right after it (380 billion yuan ($52.4 billion)).
bool restates(const Attributor::Tables& t, std::string_view text, const Sentence& sentence, const Claim& before,
              const Claim& claim) {
  if (before.begin < sentence.begin || before.end > claim.begin || std::string_view(claim.dimension) != "currency" ||
      std::string_view(before.dimension) != "currency")
    return false;
  const std::size_t at = text::skip_spaces_back(text, claim.begin);
  for (const std::string& w : t.conversion_words) {
    if (claim.text.compare(0, w.size(), w) == 0) return true;
    if (at >= w.size() && text.compare(at - w.size(), w.size(), w) == 0) return true;
  }
  for (const std::string_view bracket : {std::string_view("("), std::string_view("\xEF\xBC\x88")})  // ( （
    if (at >= bracket.size() && text.compare(at - bracket.size(), bracket.size(), bracket) == 0 &&
        text::skip_spaces_back(text, at - bracket.size()) == before.end)
      return true;
  return false;
}

// The claims' spans in byte order, and per trigger of the sentence at hand the nearest spans on
// either side of it whose dimension one of its measures fits: a trigger belongs to the claims on
// its side of any number that could take it ("$5.6 million model wipes $593 billion": "wipes" is
// not the $5.6 million's; in "revenue rose 93% to $35.6 billion" the percentage cannot take
// "revenue", so the amount does). Each trigger's takers are found once, not once per claim.
class TriggerTakers {
 public:
  struct Span {
    std::size_t begin, end;
    int dimension;      // Attributor::Tables::dimension_id
    std::size_t claim;  // its index among the claims as given
    bool operator<(const Span& o) const { return begin != o.begin ? begin < o.begin : end < o.end; }
  };
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  struct Found {
    std::size_t after, before;
    bool known;
  };
  struct ByClaim {
    int dimension = -1;     // Attributor::Tables::dimension_id
    std::size_t index = 0;  // its place among the sorted spans
  };

 public:
  // The lists of one document, kept from one document to the next (see Scratch below).
  struct Buffers {
    std::vector<Span> spans;
    std::vector<ByClaim> by_claim;
    std::vector<Found> found;
  };

  TriggerTakers(const Attributor::Tables& t, const std::vector<Claim>& claims, Buffers* buffers)
      : t_(t), spans_(buffers->spans), by_claim_(buffers->by_claim), found_(buffers->found) {
    spans_.clear();
    found_.clear();
    spans_.reserve(claims.size());
    by_claim_.assign(claims.size(), ByClaim{});
    for (std::size_t c = 0; c < claims.size(); ++c) {
      const Claim& claim = claims[c];
      // (claims in a row mostly share their dimension)
      by_claim_[c].dimension = c > 0 && claim.dimension == claims[c - 1].dimension
                                   ? by_claim_[c - 1].dimension
                                   : t.dimension_id(claim.dimension);
      spans_.push_back({claim.begin, claim.end, by_claim_[c].dimension, c});
    }
    // (Claims mostly come in byte order already. Spans in strictly ascending order are left as
    // they are, as sorting would leave them; equal spans are sorted as before, in whatever order
    // std::sort puts them.)
    if (std::adjacent_find(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return !(a < b); }) !=
        spans_.end())
      std::sort(spans_.begin(), spans_.end());
    // A claim's place is the first of the spans equal to its own.
    for (std::size_t i = 0, first = 0; i < spans_.size(); ++i) {
      if (i > 0 && (spans_[i].begin != spans_[i - 1].begin || spans_[i].end != spans_[i - 1].end)) first = i;
      by_claim_[spans_[i].claim].index = first;
    }
  }

  std::size_t size() const { return spans_.size(); }
  // The dimension_id of claim number c (in the order the claims were given).
  int dimension_of(std::size_t c) const { return by_claim_[c].dimension; }
  const Span& operator[](std::size_t i) const { return spans_[i]; }
  // The place among the sorted spans of claim number c: the first span equal to its own.
  std::size_t index_of(std::size_t c) const { return by_claim_[c].index; }
  bool may_take(std::size_t i, const TriggerMention& trigger) const {
    const int d = spans_[i].dimension;
    return d >= 0 && ((t_.roles[trigger.phrase].dimensions >> d) & 1u) != 0;
  }

  // Begins sentence `s` ([begin, end)), which has `triggers` triggers.
  void start_sentence(std::size_t s, std::size_t begin, std::size_t end, std::size_t triggers) {
    if (s == sentence_ && found_.size() == triggers) return;
    sentence_ = s;
    sentence_begin_ = begin;
    sentence_end_ = end;
    found_.assign(triggers, {npos, npos, false});
  }
  // For the sentence's trigger number `k`: the first span ending at or after the trigger's end
  // that may take it, and the last span beginning at or before its beginning that may take it
  // (npos: none in the sentence).
  std::pair<std::size_t, std::size_t> takers(std::size_t k, const TriggerMention& trigger) {
    Found& f = found_[k];
    if (!f.known) {
      f.known = true;
      // (Spans are sorted by their beginning; one holding the trigger may begin before it.)
      auto i = std::partition_point(spans_.begin(), spans_.end(),
                                    [&](const Span& sp) { return sp.begin < trigger.begin; });
      while (i != spans_.begin() && std::prev(i)->end >= trigger.end) --i;
      for (; i != spans_.end() && i->begin < sentence_end_; ++i)
        if (i->end >= trigger.end && may_take(static_cast<std::size_t>(i - spans_.begin()), trigger)) {
          f.after = static_cast<std::size_t>(i - spans_.begin());
          break;
        }
      auto j = std::partition_point(spans_.begin(), spans_.end(),
                                    [&](const Span& sp) { return sp.begin <= trigger.begin; });
      while (j != spans_.begin() && std::prev(j)->end > sentence_begin_) {
        --j;
        if (may_take(static_cast<std::size_t>(j - spans_.begin()), trigger)) {
          f.before = static_cast<std::size_t>(j - spans_.begin());
          break;
        }
      }
    }
    return {f.after, f.before};
  }

 private:
  const Attributor::Tables& t_;
  std::vector<Span>& spans_;
  std::vector<ByClaim>& by_claim_;  // in the order the claims were given
  std::size_t sentence_ = npos, sentence_begin_ = 0, sentence_end_ = 0;
  std::vector<Found>& found_;
};

// The lists one call of attribute() fills and then drops. Most documents are small, and
// allocating these lists afresh for each cost more than the rest of the work on a claim; so
// each thread keeps one set, which every call of attribute() on that thread (of any Attributor)
// clears and refills: the Attributor itself stays immutable and safe to share between threads,
// and no call sees another's lists, as attribute() calls nothing that could call it again. A
// list that an unusually large document made large is given back after that document, so that
// a thread does not hold on to its memory.
struct Scratch {
  DocumentScans::Buffers scans;
  TriggerTakers::Buffers takers;
  std::vector<std::uint32_t> excluded;  // measures ruled out in the claim's clause

  // Gives back the memory of each list holding room for more than `limit` elements.
  void trim(std::size_t limit) {
    const auto trim_one = [limit](auto& list) {
      if (list.capacity() > limit) std::remove_reference_t<decltype(list)>().swap(list);
    };
    trim_one(scans.of_sentence);
    trim_one(scans.lists.subjects);
    trim_one(scans.lists.triggers);
    trim_one(scans.lists.clause_marks);
    trim_one(scans.lists.matches);
    trim_one(scans.lists.comparison_ends);
    trim_one(scans.lists.recipient_ends);
    trim_one(takers.spans);
    trim_one(takers.by_claim);
    trim_one(takers.found);
    trim_one(excluded);
  }
};

}  // namespace

Attributor::Attributor(const Config& config) : tables_(Tables::for_config(config)) {}

Attributor::~Attributor() = default;

void Attributor::attribute(std::string_view text, const std::vector<Sentence>& sentences,
                           std::vector<Claim>* claims) const {
  if (sentences.empty()) return;
  const Tables& t = *tables_;
  thread_local Scratch scratch;
  DocumentScans scans(t, text, sentences, &scratch.scans);
  TriggerTakers spans(t, *claims, &scratch.takers);
  std::vector<std::uint32_t>& excluded = scratch.excluded;  // measures ruled out in the claim's clause
  const Claim* previous = nullptr;  // the claim before, once attributed
  std::size_t last_sentence = 0;    // the sentence of the claim looked at last
  // The last sentence from number `from` on that starts at or before `at` (sentences.size(): none).
  const auto sentence_of = [&](std::size_t from, std::size_t at) {
    const auto it = std::upper_bound(sentences.begin() + static_cast<std::ptrdiff_t>(from), sentences.end(), at,
                                     [](std::size_t a, const Sentence& x) { return a < x.begin; });
    return it == sentences.begin() ? sentences.size() : static_cast<std::size_t>(it - sentences.begin()) - 1;
  };
  for (Claim& claim : *claims) {
    const Claim* before = std::exchange(previous, &claim);
    if (claim.subject && claim.measure) continue;
    if (claim.end > text.size() || claim.begin > claim.end) continue;
    // The sentence holding the claim: the last one starting at or before it. Claims come in
    // byte order, so it is mostly the sentence of the claim before or one a few sentences on.
    std::size_t s = last_sentence;
    if (sentences[s].begin <= claim.begin) {
      std::size_t steps = 0;
      while (s + 1 < sentences.size() && sentences[s + 1].begin <= claim.begin && ++steps <= 4) ++s;
      if (steps > 4) s = sentence_of(s, claim.begin);
    } else {
      s = sentence_of(0, claim.begin);
    }
    if (s == sentences.size()) continue;
    last_sentence = s;
    const Sentence& sentence = sentences[s];
    const SentenceScan scan = scans.scan(s);  // used before any other sentence is scanned
    const auto [clause_begin, clause_end] = clause_of(scan, sentence, claim.begin, claim.end);

    // 市值蒸发近6000亿美元，约合人民币4.3万亿元; 380 billion yuan ($52.4 billion): an amount
    // restating the one before it measures the same thing.
    if (!claim.measure && before != nullptr && before->measure && restates(t, text, sentence, *before, claim))
      claim.measure = before->measure;
    if (!claim.measure) {
      const Tables::ClassRef klass = t.class_of(claim.object);
      const std::size_t claim_index = static_cast<std::size_t>(&claim - claims->data());
      const int dimension = spans.dimension_of(claim_index);
      const auto applicable = [&](std::size_t m) { return t.measure_applies(m, dimension, claim.dimension, klass); };
      std::optional<std::size_t> chosen;
      if (!klass.empty && klass.id >= 0) {
        for (std::uint32_t m : t.class_measures[static_cast<std::size_t>(klass.id)])
          if (applicable(m)) {
            chosen = m;
            break;
          }
      }
      // Otherwise the applicable trigger nearest the number: in the clause first, then in the
      // sentence; before the number wins a tie.
      struct Candidate {
        std::size_t measure;
        bool in_clause;
        std::size_t distance;
      };
      std::optional<Candidate> best;
      const std::size_t here = spans.index_of(claim_index);
      const bool has_previous = here > 0;
      const std::size_t previous_end = has_previous ? spans[here - 1].end : 0;
      const bool has_next = here + 1 < spans.size();
      spans.start_sentence(s, sentence.begin, sentence.end,
                           static_cast<std::size_t>(scan.triggers.end() - scan.triggers.begin()));
      // Measures a word of the claim's clause rules out (gaming revenue fell 11%: no share price).
      excluded.clear();
      for (const TriggerMention& trigger : scan.triggers)
        if (trigger.begin >= clause_begin && trigger.end <= clause_end)
          for (std::uint32_t m : t.roles[trigger.phrase].excludes) excluded.push_back(m);
      for (const TriggerMention& trigger : scan.triggers) {
        if (chosen) break;
        // (A trigger none of whose measures applies to the claim's dimension adds no candidate,
        // whatever the tests below find; many triggers of a sentence are so for a given claim.)
        if (dimension >= 0 && ((t.roles[trigger.phrase].dimensions >> dimension) & 1u) == 0) continue;
        // A trigger past a number that can take it, or nearer to the neighbouring number than to
        // this one when the neighbour can take it, is not this claim's.
        const auto [taker_after, taker_before] =
            spans.takers(static_cast<std::size_t>(&trigger - scan.triggers.begin()), trigger);
        if ((taker_after != TriggerTakers::npos && taker_after < here) ||
            (taker_before != TriggerTakers::npos && taker_before > here))
          continue;
        // (A neighbour outside this claim's clause does not take a trigger inside it.)
        if (has_previous && trigger.end > previous_end && trigger.end <= claim.begin &&
            trigger.begin - previous_end < claim.begin - trigger.end && spans.may_take(here - 1, trigger) &&
            !(previous_end <= clause_begin && trigger.begin >= clause_begin))
          continue;
        if (has_next && trigger.begin < spans[here + 1].begin && trigger.begin >= claim.end &&
            spans[here + 1].begin - trigger.end < trigger.begin - claim.end && spans.may_take(here + 1, trigger) &&
            !(spans[here + 1].begin >= clause_end && trigger.end <= clause_end))
          continue;
        const bool in_clause = trigger.begin >= clause_begin && trigger.end <= clause_end;
        // A trigger in another clause is not taken from a number of its own clause that can take
        // it (股價收在1,465元，上漲15元，成交量約3.2萬張，市值達新台幣38兆元: 市值 is the 38兆元's).
        if (!in_clause) {
          const std::pair<std::size_t, std::size_t> trigger_clause =
              clause_of(scan, sentence, trigger.begin, trigger.end);
          auto inside = [&](std::size_t k) {
            return k != TriggerTakers::npos && k != here && spans[k].begin >= trigger_clause.first &&
                   spans[k].end <= trigger_clause.second;
          };
          if (inside(taker_after) || inside(taker_before)) continue;
        }
        const std::size_t distance = trigger.end <= claim.begin ? claim.begin - trigger.end
                                     : trigger.begin >= claim.end ? trigger.begin - claim.end
                                                                  : 0;
        for (std::uint32_t m : t.roles[trigger.phrase].measures) {
          if (!applicable(m) || std::find(excluded.begin(), excluded.end(), m) != excluded.end()) continue;
          if (!best || (in_clause && !best->in_clause) || (in_clause == best->in_clause && distance < best->distance))
            best = Candidate{m, in_clause, distance};
        }
      }
      if (best) chosen = best->measure;
      if (chosen) claim.measure = t.measures[*chosen].name;
    }

    if (!claim.subject) {
      std::optional<std::string_view> weak;
      std::optional<std::string_view> subject = choose_subject(t, text, scan, clause_begin, clause_end, claim, &weak);
      if (!subject) subject = scans.subject_before(s);
      if (!subject) subject = weak;
      if (!subject && claim.measure) subject = scans.title_subject();
      if (subject) claim.subject.emplace(*subject);
    }
  }
  // (up to 4096 elements a list: room for some hundreds of sentences, far more than most documents)
  scratch.trim(4096);
}

}  // namespace claimcheck
