// The process map (process_steps.hpp): ids, edges, rule references, layout hints.
#include <catch2/catch.hpp>
#include "wams/process_steps.hpp"

#include <algorithm>
#include <iterator>
#include <queue>
#include <regex>
#include <set>
#include <string>

namespace {
bool is_rule_id(std::string_view id) {
    static const std::regex re("R([1-9]|[1-5][0-9]|6[0-7])");
    return std::regex_match(std::string(id), re);
}
} // namespace

TEST_CASE("every step has a unique id, both languages and valid rule ids", "[process_steps]") {
    const auto& steps = wams::process_steps();
    REQUIRE(steps.size() >= 11);
    std::set<std::string_view> ids;
    for (const auto& s : steps) {
        INFO(s.id);
        CHECK(ids.insert(s.id).second);
        CHECK(!s.name_nl.empty());
        CHECK(!s.name_en.empty());
        CHECK(!s.summary_nl.empty());
        CHECK(!s.summary_en.empty());
        CHECK(!s.rules.empty());
        for (auto r : s.rules) { INFO(r); CHECK(is_rule_id(r)); }
        CHECK(s.column >= 0);
        CHECK(s.row >= 0);
        CHECK(wams::find_process_step(s.id) == &s);
    }
    CHECK(wams::find_process_step("no_such_step") == nullptr);
}

TEST_CASE("the steps named in the brief exist", "[process_steps]") {
    for (auto id : {"entry_client", "entry_professional", "decide_investigation", "investigation", "service_proposal",
                    "decision_making", "coordination", "case_conference", "coordination_end", "data_sharing",
                    "out_of_scope"}) {
        INFO(id);
        CHECK(wams::find_process_step(id) != nullptr);
    }
}

TEST_CASE("edges point to existing steps, rightwards or down", "[process_steps]") {
    for (const auto& s : wams::process_steps()) {
        for (auto n : s.next) {
            INFO(s.id << " -> " << n);
            const auto* t = wams::find_process_step(n);
            REQUIRE(t != nullptr);
            CHECK(t != &s);
            CHECK((t->column > s.column || t->row > s.row));
        }
    }
}

TEST_CASE("every phase step is reachable from an entry route", "[process_steps]") {
    std::set<std::string_view> seen;
    std::queue<std::string_view> todo;
    for (auto e : {"entry_client", "entry_professional"}) { todo.push(e); seen.insert(e); }
    while (!todo.empty()) {
        const auto* s = wams::find_process_step(todo.front());
        todo.pop();
        for (auto n : s->next)
            if (seen.insert(n).second) todo.push(n);
    }
    for (const auto& s : wams::process_steps()) {
        if (s.phase == wams::ProcessPhase::Crosscutting && s.id != "case_conference") continue;
        INFO(s.id);
        CHECK(seen.count(s.id) == 1);
    }
}

TEST_CASE("the map cites every rule R1-R67 somewhere", "[process_steps]") {
    std::set<std::string> cited;
    for (const auto& s : wams::process_steps())
        for (auto r : s.rules) cited.insert(std::string(r));
    for (int i = 1; i <= 67; ++i) {
        const std::string id = "R" + std::to_string(i);
        INFO(id);
        CHECK(cited.count(id) == 1);
    }
}

TEST_CASE("the main path follows the report's order", "[process_steps]") {
    // §2.3/§3.1.1: entry → decision → investigation → proposal → decisions under the separate laws → coordination → end
    const char* path[] = {"entry_client", "decide_investigation", "investigation", "service_proposal",
                          "decision_making", "coordination", "coordination_end"};
    for (size_t i = 0; i + 1 < std::size(path); ++i) {
        const auto* s = wams::find_process_step(path[i]);
        REQUIRE(s != nullptr);
        INFO(path[i] << " -> " << path[i + 1]);
        CHECK(std::find(s->next.begin(), s->next.end(), std::string_view(path[i + 1])) != s->next.end());
        CHECK(wams::find_process_step(path[i + 1])->column > s->column);
    }
    CHECK(wams::process_phase_id(wams::find_process_step("coordination")->phase) == "uitvoering");
    CHECK(wams::process_phase_id(wams::find_process_step("investigation")->phase) == "toeleiding");
}
