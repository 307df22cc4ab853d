// helpdesk_eval — ranking quality of search_help() on the labelled help-desk questions: top-1, top-3 and mean
// reciprocal rank, overall, per split, per topic and per language. An answer is right when its rules include one of the
// question's `relevant` ids (or its id is listed). "top1 primary" is stricter: the first answer's *first* rule (the one
// it rests on most) is relevant.
// Sets (tests/data/): helpdesk_labelled.json (splits 'dev' and 'holdout'), helpdesk_fresh.json ('fresh'),
// helpdesk_fresh2.json ('fresh2'), helpdesk_fresh3.json ('fresh3') and helpdesk_fresh4.json ('fresh4', 20 of 60 in
// English) and helpdesk_fresh5.json ('fresh5', 60 in English, session 16: not in the index, a development set whose
// misses may be read) and helpdesk_fresh6.json ('fresh6', 60, 20 in English, session 19: measured once unseen, then a
// development set like fresh5), helpdesk_fresh7.json ('fresh7', 60, 30 in English, session 20: sealed),
// helpdesk_fresh8.json ('fresh8', 60, 20 in English, session 22: sealed) and helpdesk_fresh9.json ('fresh9', 60, 20 in
// English, session 26: sealed), helpdesk_fresh10.json ('fresh10', 80, 40 in English, session 27: a development
// set), helpdesk_fresh11.json ('fresh11', 60, 20 in English, session 27: sealed), helpdesk_fresh12.json ('fresh12',
// 60, 20 in English, session 29: sealed), helpdesk_fresh13.json ('fresh13', 60, 20 in English, session 30: sealed),
// helpdesk_fresh14.json and helpdesk_fresh15.json ('fresh14', 80, 30 in English, and 'fresh15', 60, 20 in English,
// session 31: development sets), helpdesk_fresh16.json ('fresh16', 60, 20 in English, session 31: sealed) and
// helpdesk_fresh17.json ('fresh17', 60, 20 in English, session 34: sealed).
// Since round 4 (issue 19) the
// question parts of the first three sets are in the index (assets/helpdesk/questions.json "examples_nl/en"), so their
// figures show only that nothing regressed; 'fresh3', 'fresh4', 'fresh7', 'fresh8', 'fresh9', 'fresh11',
// 'fresh12', 'fresh13', 'fresh16' and 'fresh17' are sealed (is_sealed) — written by separate writers, never in the
// index, never listed one by one — and are the figures that say how the search does on questions it has not seen.
// --misses lists the questions not answered first, except those of the sealed splits.
//
//   helpdesk_eval [--set FILE]... [--misses] [--floor SPLIT TOP1 TOP3 MRR]...
// Without --set all eighteen files are read.
// A floor (percent for top-1/top-3, 0–1 for MRR) applies to one split; below any floor the exit code is 1.
#include "wams/helpdesk.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Labelled {
    std::string id, topic, lang, split, question;
    std::vector<std::string> relevant;
};

std::vector<Labelled> load_set(const std::string& path) {
    std::ifstream in(path);
    if (!in) { std::fprintf(stderr, "helpdesk_eval: cannot read %s\n", path.c_str()); std::exit(2); }
    std::stringstream ss;
    ss << in.rdbuf();
    const auto doc = nlohmann::json::parse(ss.str());
    std::vector<Labelled> out;
    for (const auto& q : doc.at("questions"))
        out.push_back({q.at("id"), q.at("topic"), q.at("lang"), q.at("split"), q.at("question"),
                       q.at("relevant").get<std::vector<std::string>>()});
    return out;
}

bool listed(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool right_answer(const Labelled& q, const wams::HelpAnswer& a) {
    if (listed(q.relevant, a.id)) return true;
    return std::any_of(a.rules.begin(), a.rules.end(), [&](const std::string& r) { return listed(q.relevant, r); });
}

bool primary_right(const Labelled& q, const wams::HelpAnswer& a) {
    return listed(q.relevant, a.id) || (!a.rules.empty() && listed(q.relevant, a.rules.front()));
}

struct Outcome {
    int rank = 0;          // 1-based rank of the first right answer; 0 = not among the answers
    bool primary = false;  // the first answer rests primarily on a relevant rule
    std::string first;     // id of the first answer
};

Outcome evaluate(const Labelled& q) {
    Outcome o;
    const auto hits = wams::search_help(q.question, wams::help_answers().size());
    if (!hits.empty()) { o.first = hits.front().answer->id; o.primary = primary_right(q, *hits.front().answer); }
    for (size_t i = 0; i < hits.size() && o.rank == 0; ++i)
        if (right_answer(q, *hits[i].answer)) o.rank = static_cast<int>(i) + 1;
    return o;
}

struct Tally {
    int n = 0, top1 = 0, top3 = 0, primary = 0;
    double rr = 0;
    void add(const Outcome& o) {
        ++n;
        top1 += o.rank == 1;
        top3 += o.rank >= 1 && o.rank <= 3;
        primary += o.primary;
        rr += o.rank > 0 ? 1.0 / o.rank : 0.0;
    }
    double pct(int k) const { return n ? 100.0 * k / n : 0.0; }
    double mrr() const { return n ? rr / n : 0.0; }
};

void print_row(const std::string& group, const Tally& t) {
    std::printf("%-22s %4d   %3d %5.1f%%   %3d %5.1f%%   %.3f   %3d %5.1f%%\n", group.c_str(), t.n, t.top1, t.pct(t.top1),
                t.top3, t.pct(t.top3), t.mrr(), t.primary, t.pct(t.primary));
}

struct Floor {
    std::string split;
    double top1, top3, mrr;
};

// True when the split's figures reach the floor; prints what falls short.
bool reaches(const Floor& f, const Tally& t) {
    const bool ok = t.n > 0 && t.pct(t.top1) >= f.top1 && t.pct(t.top3) >= f.top3 && t.mrr() >= f.mrr;
    if (!ok)
        std::printf("BELOW FLOOR (split %s, n %d): top-1 %.1f%% (floor %.1f), top-3 %.1f%% (floor %.1f), MRR %.3f (floor %.3f)\n",
                    f.split.c_str(), t.n, t.pct(t.top1), f.top1, t.pct(t.top3), f.top3, t.mrr(), f.mrr);
    return ok;
}

} // namespace

// Sealed splits: written by separate writers, never in the index; their questions are never listed one by one.
bool is_sealed(const std::string& split) {
    return split == "fresh3" || split == "fresh4" || split == "fresh7" || split == "fresh8" || split == "fresh9" ||
           split == "fresh11" || split == "fresh12" || split == "fresh13" || split == "fresh16" || split == "fresh17";
}

int main(int argc, char** argv) {
    std::vector<std::string> paths;
    bool misses = false;
    std::vector<Floor> floors;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--set" && i + 1 < argc) paths.push_back(argv[++i]);
        else if (a == "--misses") misses = true;
        else if (a == "--floor" && i + 4 < argc) {
            floors.push_back({argv[i + 1], std::atof(argv[i + 2]), std::atof(argv[i + 3]), std::atof(argv[i + 4])});
            i += 4;
        }
        else { std::fprintf(stderr, "helpdesk_eval: unknown argument %s\n", a.c_str()); return 2; }
    }
    if (paths.empty())
        for (const char* f : {"/tests/data/helpdesk_labelled.json", "/tests/data/helpdesk_fresh.json",
                              "/tests/data/helpdesk_fresh2.json", "/tests/data/helpdesk_fresh3.json",
                              "/tests/data/helpdesk_fresh4.json", "/tests/data/helpdesk_fresh5.json",
                              "/tests/data/helpdesk_fresh6.json", "/tests/data/helpdesk_fresh7.json",
                              "/tests/data/helpdesk_fresh8.json", "/tests/data/helpdesk_fresh9.json",
                              "/tests/data/helpdesk_fresh10.json", "/tests/data/helpdesk_fresh11.json",
                              "/tests/data/helpdesk_fresh12.json", "/tests/data/helpdesk_fresh13.json",
                              "/tests/data/helpdesk_fresh14.json", "/tests/data/helpdesk_fresh15.json",
                              "/tests/data/helpdesk_fresh16.json", "/tests/data/helpdesk_fresh17.json"})
            paths.push_back(std::string(WAMS_SOURCE_DIR) + f);
    std::vector<Labelled> set;
    for (const auto& p : paths)
        for (auto& q : load_set(p)) set.push_back(std::move(q));
    Tally all;
    std::map<std::string, Tally> by_group;
    for (const auto& q : set) {
        const Outcome o = evaluate(q);
        all.add(o);
        by_group["split " + q.split].add(o);
        by_group["topic " + q.topic].add(o);
        by_group["lang " + q.lang].add(o);
        if (misses && o.rank != 1 && !is_sealed(q.split))  // sealed: never shown one by one
            std::printf("miss %s [%s] rank %d (first %s, want %s): %s\n", q.id.c_str(), q.split.c_str(), o.rank,
                        o.first.c_str(), q.relevant.front().c_str(), q.question.c_str());
    }
    std::printf("%-22s %4s   %10s   %10s   %5s   %12s\n", "group", "n", "top-1", "top-3", "MRR", "top-1 primary");
    print_row("all", all);
    for (const auto& [group, t] : by_group) print_row(group, t);
    bool ok = true;
    for (const auto& f : floors) ok = reaches(f, by_group["split " + f.split]) && ok;
    return ok ? 0 : 1;
}
